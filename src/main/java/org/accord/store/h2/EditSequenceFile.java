package org.accord.store.h2;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * The sidecar file {@code accord.edits}: the number of the last change the database committed, forced to disk after
 * each commit. At open, a database holding a lower number than the sidecar is older than what Accord saved (H2 opens
 * a file damaged at its end as an older version, and a truncated one as empty), so it is never shown as current.
 *
 * <p>Format: 16 bytes, the number and its bitwise complement, so a torn or foreign file reads as "unknown".
 */
final class EditSequenceFile implements AutoCloseable {
    static final String NAME = "accord.edits";

    private final Path file;
    private FileChannel channel;

    EditSequenceFile(Path dataFolder) {
        this.file = dataFolder.resolve(NAME);
    }

    Path path() {
        return file;
    }

    /** The number last written, or empty when there is no sidecar or it cannot be read. */
    OptionalLong read() {
        try {
            if (!Files.exists(file)) {
                return OptionalLong.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length != 16) {
                return OptionalLong.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long value = buffer.getLong();
            long check = buffer.getLong();
            return check == ~value ? OptionalLong.of(value) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** Writes the number in place and forces it to disk. */
    void write(long sequence) throws IOException {
        if (channel != null && !Files.exists(file)) {
            // Deleted while open (a clean-up tool, a user): writing on through the old handle would reach no file,
            // and the next open could no longer tell an older database from a current one.
            channel.close();
            channel = null;
        }
        if (channel == null) {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        }
        ByteBuffer buffer = ByteBuffer.allocate(16).putLong(sequence).putLong(~sequence).flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer, buffer.position());
        }
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
