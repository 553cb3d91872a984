package org.accord.session;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.accord.store.WorkshopStore;
import org.accord.store.backup.Backup;
import org.accord.store.backup.Backups;

/**
 * The backups folder of the data folder, and the composition root's way of putting one back: only it knows which
 * store is open, so it closes that one, restores and hands over the reopened store.
 */
public final class StoreBackups implements WorkshopBackups {
    private final Backups backups;
    private final Function<Backup, WorkshopStore> restoreAndReopen;

    public StoreBackups(Backups backups, Function<Backup, WorkshopStore> restoreAndReopen) {
        this.backups = backups;
        this.restoreAndReopen = restoreAndReopen;
    }

    @Override
    public List<BackupCopy> list() {
        return backups.list().stream().map(StoreBackups::copy).toList();
    }

    @Override
    public Path folder() {
        return backups.folder();
    }

    @Override
    public WorkshopLibrary restore(BackupCopy backup) {
        return new StoreLibrary(restoreAndReopen.apply(new Backup(backup.file(), backup.takenAt(), backup.reason(),
                backup.editSequence(), backup.workshops().stream()
                .map(w -> new Backup.Workshop(w.title(), w.activities(), w.roles())).toList())));
    }

    private static BackupCopy copy(Backup b) {
        return new BackupCopy(b.file(), b.takenAt(), b.reason(), b.editSequence(), b.workshops().stream()
                .map(w -> new BackupCopy.HeldWorkshop(w.title(), w.activities(), w.roles())).toList());
    }
}
