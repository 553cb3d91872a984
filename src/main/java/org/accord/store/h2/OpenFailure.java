package org.accord.store.h2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.accord.store.StoreException;
import org.h2.api.ErrorCode;

/** Turns what H2 and Flyway throw into a message that names the file and tells the facilitator what to do. */
final class OpenFailure {
    private OpenFailure() {
    }

    static StoreException explain(Path databaseFile, Throwable failure) {
        SQLException sql = sqlCause(failure);
        int code = sql == null ? 0 : sql.getErrorCode();
        boolean fileExists = Files.exists(databaseFile);
        String damaged = "The workshop file " + databaseFile + " is damaged or is not an Accord file. "
                + "Move it aside (keep a copy) and start Accord again, or restore it from a backup.";
        String cannotWrite = "Accord cannot write to " + databaseFile
                + ". Check that the disk has space and that you may write to that file and its folder, "
                + "or choose another folder with --data.";
        String message;
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            message = "The workshops in " + databaseFile
                    + " are open in another Accord window. Switch to that window, or close it and try again.";
        } else if (fileExists && !Files.isWritable(databaseFile) || code == ErrorCode.DATABASE_IS_READ_ONLY) {
            message = cannotWrite;
        } else if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            message = damaged;
        } else if (code == ErrorCode.IO_EXCEPTION_1 || code == ErrorCode.IO_EXCEPTION_2
                || code == ErrorCode.FILE_CREATION_FAILED_1) {
            // The folder was checked writable before opening: an I/O failure on an existing file means its content.
            message = fileExists ? damaged : cannotWrite;
        } else {
            message = "Accord could not open the workshop file " + databaseFile + ". "
                    + "It may be damaged or from a newer version of Accord. Move it aside (keep a copy) and start "
                    + "again, or restore it from a backup.";
        }
        return new StoreException(message, failure);
    }

    /** True when the failure says the file's content is unreadable (as opposed to locked or not writable). */
    static boolean isDamage(Path databaseFile, Throwable failure) {
        SQLException sql = sqlCause(failure);
        int code = sql == null ? 0 : sql.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1 || code == ErrorCode.DATABASE_IS_READ_ONLY) {
            return false;
        }
        if (Files.exists(databaseFile) && !Files.isWritable(databaseFile)) {
            return false;
        }
        return code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == ErrorCode.GENERAL_ERROR_1
                || ((code == ErrorCode.IO_EXCEPTION_1 || code == ErrorCode.IO_EXCEPTION_2) && Files.exists(databaseFile))
                || (sql == null && Files.exists(databaseFile));
    }

    /**
     * A short hint for a failure while the database was already open. The store serves the window and the command
     * line alike, so the hint speaks of neither; the window adds that it keeps the change and tries again.
     */
    static String advice(Throwable failure) {
        if (diskFull(failure)) {
            return "The disk is full: free some space, then try again.";
        }
        SQLException sql = sqlCause(failure);
        int code = sql == null ? 0 : sql.getErrorCode();
        return switch (code) {
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.DATABASE_IS_READ_ONLY,
                 ErrorCode.FILE_CREATION_FAILED_1 -> "Check that the disk has space and that you may write to that folder.";
            // Closed by H2 after a write failed: the store opens it again before its next try.
            case ErrorCode.DATABASE_IS_CLOSED -> "Check that the disk has space, then try again.";
            default -> "Another program may be using the file for a moment; try again.";
        };
    }

    /** True when the failure comes from a disk with no space left (as the system words it, on Linux and macOS). */
    static boolean diskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("No space left on device") || message.contains("ENOSPC"))) {
                return true;
            }
        }
        return false;
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
