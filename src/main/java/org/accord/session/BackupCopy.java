package org.accord.session;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One good backup, as the restore list shows it: when it was taken, why, and the workshops it holds.
 *
 * @param reason        "opened" (just before the database was opened), "closed" (when a workshop was closed), or
 *                      another word for a backup Accord kept for a reason of its own
 * @param editSequence  how many changes the file held; below 0 when its list of workshops was not kept
 */
public record BackupCopy(Path file, Instant takenAt, String reason, long editSequence, List<HeldWorkshop> workshops) {

    /** A workshop in the backup. */
    public record HeldWorkshop(String title, int activities, int roles) {
    }
}
