package org.accord.store.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One good backup: a zip holding {@code accord.mv.db}, when it was taken, why, and the workshops it holds.
 *
 * @param reason "opened" (taken just before the database was opened) or "closed" (when a workshop was closed)
 */
public record Backup(Path file, Instant takenAt, String reason, long editSequence, List<Workshop> workshops) {

    /** A workshop in the backup, as the restore list shows it. */
    public record Workshop(String title, int activities, int roles) {
    }
}
