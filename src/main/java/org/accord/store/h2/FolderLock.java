package org.accord.store.h2;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.accord.store.StoreException;

/**
 * Accord's own hold on a data folder ({@code accord.lock}): taken before anything in the folder is copied, opened or
 * replaced, and kept until the store is closed. It is an operating-system lock, so the system lets it go when the
 * holder dies, even by {@code kill -9}.
 *
 * <p>Why not only H2's lock: H2 locks the database file while it has it open, but restoring a backup renames files
 * while the database is closed in this program and possibly open in another. A second window once restored a backup
 * under the first, which went on saving into a file that was no longer there (issue 21). Every path that changes the
 * folder's files takes this lock first, so nothing changes the database while another Accord has it open.
 */
final class FolderLock implements AutoCloseable {
    static final String NAME = "accord.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder, or says in words that another Accord has it.
     *
     * @param whatFor what the caller was about to do, for the message: "open your workshops", "restore the backup"
     */
    static FolderLock take(Path folder, String whatFor) {
        Path file = folder.resolve(NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("Accord cannot write to its data folder " + folder
                    + ". Check that the disk has space and that you may write there.", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProgram) {
            lock = null; // this program holds it already, through a store that is still open
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Accord could not " + whatFor + " in " + folder + ": the folder cannot be locked. "
                    + "Choose a folder on this computer's own disk with --data.", e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StoreException("Accord could not " + whatFor + ": the workshops in " + folder
                    + " are open in another Accord window. Switch to that window, or close it and try again.");
        }
        return new FolderLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel closes below, which releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written to it
        }
    }
}
