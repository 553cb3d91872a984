package org.accord.store;

import java.nio.file.Path;
import java.util.Optional;
import org.accord.store.backup.Backup;

/**
 * The workshop file is damaged, or older or emptier than what Accord saved: it was not opened, a copy of it was kept,
 * and the newest good backup (if any) can be restored. The message says all of that in plain words.
 */
public final class DamagedStoreException extends StoreException {
    private final transient Optional<Path> damagedCopy;
    private final transient Optional<Backup> newestBackup;

    public DamagedStoreException(String message, Optional<Path> damagedCopy, Optional<Backup> newestBackup, Throwable cause) {
        super(message, cause);
        this.damagedCopy = damagedCopy;
        this.newestBackup = newestBackup;
    }

    public Optional<Path> damagedCopy() {
        return damagedCopy;
    }

    public Optional<Backup> newestBackup() {
        return newestBackup;
    }
}
