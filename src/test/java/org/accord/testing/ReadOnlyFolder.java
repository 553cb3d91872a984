package org.accord.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A folder (and the files in it) that no one can write to while this is open, root included: root ignores
 * permissions, so as root the immutable attribute is set (chattr +i; needs CAP_LINUX_IMMUTABLE and ext4, xfs or
 * btrfs); as anyone else write permission is taken away. Creating a file is tried first: if the folder is still
 * writable, the test is aborted with the reason rather than passing on a folder that was never read-only.
 */
public final class ReadOnlyFolder implements AutoCloseable {
    private final Path folder;
    private final List<Path> paths;
    private final Map<String, String> before;
    private final boolean immutable;

    private ReadOnlyFolder(Path folder, List<Path> paths, boolean immutable) throws IOException {
        this.folder = folder;
        this.paths = paths;
        this.immutable = immutable;
        this.before = snapshot(folder);
    }

    public static ReadOnlyFolder of(Path folder) throws IOException, InterruptedException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> all = Files.walk(folder)) {
            all.forEach(paths::add);
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            List<String> command = new ArrayList<>(List.of("chattr", "+i"));
            paths.forEach(p -> command.add(p.toString()));
            Process chattr = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(chattr.getInputStream().readAllBytes());
            boolean done = chattr.waitFor() == 0;
            ReadOnlyFolder readOnly = new ReadOnlyFolder(folder, paths, true);
            Assumptions.assumeTrue(done, () -> "As root only the immutable attribute makes a folder read-only, and "
                    + "chattr +i failed here: " + output);
            readOnly.requireUnwritable();
            return readOnly;
        }
        for (Path p : paths) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-x------" : "r--------"));
        }
        ReadOnlyFolder readOnly = new ReadOnlyFolder(folder, paths, false);
        readOnly.requireUnwritable();
        return readOnly;
    }

    private void requireUnwritable() {
        boolean writable;
        try {
            Files.delete(Files.createFile(folder.resolve("probe")));
            writable = true;
        } catch (IOException e) {
            writable = false;
        }
        if (writable) {
            close();
        }
        Assumptions.assumeFalse(writable, "The folder could still be written to; this machine cannot make it read-only");
    }

    /** True when the folder holds the same files, of the same sizes and times, as when it was made read-only. */
    public boolean unchanged() throws IOException {
        return before.equals(snapshot(folder));
    }

    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.toList()) {
                files.put(folder.relativize(p).toString(), Files.size(p) + "@" + Files.getLastModifiedTime(p));
            }
        }
        return files;
    }

    @Override
    public void close() {
        try {
            if (immutable) {
                List<String> command = new ArrayList<>(List.of("chattr", "-i"));
                paths.forEach(p -> command.add(p.toString()));
                new ProcessBuilder(command).inheritIO().start().waitFor();
            } else {
                for (Path p : paths) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwx------" : "rw-------"));
                }
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Could not make " + folder + " writable again", e);
        }
    }
}
