package org.accord.session;

import java.nio.file.Path;
import java.util.List;

/**
 * The backups of the saved workshops, as the start screen offers them. Available when the workshops themselves could
 * not be opened (a damaged file is exactly when a backup is wanted). Blocking; call off the JavaFX thread.
 */
public interface WorkshopBackups {

    /** Good backups, newest first. */
    List<BackupCopy> list();

    /** Where the backups, and any file a restore replaced, are kept. */
    Path folder();

    /** Puts the backup in place of the current workshops (the replaced file is kept, never deleted) and reopens them. */
    WorkshopLibrary restore(BackupCopy backup);
}
