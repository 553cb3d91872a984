package org.accord.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.accord.domain.AccordException;
import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * Writes a file so that a crash never leaves half of it: the content goes to a temporary file beside the target,
 * is forced to disk, and is then moved into place in one step. An existing file is replaced only when allowed.
 */
public final class SafeFile {
    private SafeFile() {
    }

    /** Writes what {@code content} produces. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, boolean replaceExisting, Content content) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (Files.exists(file) && !replaceExisting) {
            throw new AccordException("The file " + file + " already exists. Choose another name, or allow replacing it"
                    + " (--force on the command line).");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new AccordException("The folder " + folder + " does not exist. Choose a folder that exists.");
        }
        Path temporary = null;
        try {
            temporary = createBeside(file);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                // Writers such as Jackson close the stream when done; the file must stay open to be forced to disk.
                content.writeTo(CloseShieldOutputStream.wrap(out));
                out.flush();
                channel.force(true);
            }
            keepReplacedPermissions(temporary, file);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (AccessDeniedException | NoSuchFileException | FileAlreadyExistsException e) {
            throw new AccordException("Accord cannot write to the folder " + folder
                    + ". Choose a folder you may write to.", e);
        } catch (IOException e) {
            throw new AccordException("Accord could not write " + file + ": " + readable(e)
                    + ". Check that the disk has space and that you may write there.", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the temporary file stays behind; the target was never touched
                }
            }
        }
    }

    /**
     * The temporary file, created the ordinary way so that it gets the permissions the user's umask gives any new
     * file (a hand-out is then as readable as what else they save; with umask 077, by them alone). Java's
     * createTempFile would make it rw------- whatever the umask, and Accord used to force rw-r--r-- instead.
     */
    private static Path createBeside(Path file) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = file.resolveSibling("." + file.getFileName() + "."
                    + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".part");
            try {
                Files.newByteChannel(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return candidate;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** A replaced file keeps its permissions: someone chose them (shared with a group, or kept private). */
    private static void keepReplacedPermissions(Path temporary, Path target) throws IOException {
        if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix") && Files.exists(target)) {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
        }
    }

    private static String readable(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : org.accord.domain.Messages.clause(e.getMessage());
    }
}
