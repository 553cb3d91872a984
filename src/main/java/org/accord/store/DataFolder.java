package org.accord.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;

/** The folder that holds Accord's database: the user's data folder for this system unless {@code --data} says otherwise. */
public final class DataFolder {
    private DataFolder() {
    }

    /** The per-user default: ~/.local/share/accord, %APPDATA%\Accord or ~/Library/Application Support/Accord. */
    public static Path defaultFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Accord");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Accord");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("accord");
    }

    public static Path defaultFolder() {
        return defaultFolder(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Creates the folder if needed, readable only by the user where the system allows, and checks it is writable. */
    public static Path prepare(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        refuseAFile(absolute);
        try {
            if (!Files.isDirectory(absolute)) {
                Files.createDirectories(absolute);
                keepPrivate(absolute);
            }
        } catch (IOException | SecurityException e) {
            throw new StoreException("Accord cannot create its data folder " + absolute
                    + ". Check that the disk is there and that you may write to it, or choose another folder with --data.", e);
        }
        if (!Files.isWritable(absolute)) {
            throw new StoreException("Accord cannot write to its data folder " + absolute
                    + ". Give yourself write permission on it, or choose another folder with --data.");
        }
        return absolute;
    }

    /**
     * The folder to read workshops from, as {@code list} and {@code export} do: it is neither created nor required
     * to be writable, so a backup disk or a CD works. A folder that is not there is returned as it is; the caller
     * opens it with {@link #prepare} then, since an empty folder must first be written.
     */
    public static Path forReading(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        refuseAFile(absolute);
        return absolute;
    }

    /**
     * Makes a file (rw-------) or a folder (rwx------) of Accord's readable by the user alone, where the system has
     * POSIX permissions. Set after creating, whatever the umask gave: the workshops, their backups and the logs
     * hold what was said in the room, and a data folder chosen with --data may be open to everyone. Best effort:
     * a file Accord may read but not change (a read-only disk) keeps its permissions, and that is no reason to stop.
     */
    public static void keepPrivate(Path path) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix") || !Files.exists(path)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER_PRIVATE : FILE_PRIVATE);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            java.util.logging.Logger.getLogger(DataFolder.class.getName()).fine(() -> "Permissions unchanged: " + e);
        }
    }

    /**
     * The database's own files made readable by the user alone: the database, the sidecar, and H2's trace file.
     * H2 writes its trace (errors, with the statement that failed) only when something goes wrong, creating it
     * with the umask's permissions; it is created here first, empty and private, and H2 appends to it.
     */
    public static void keepDatabasePrivate(Path databaseFile, String... siblings) {
        keepPrivate(databaseFile);
        for (String sibling : siblings) {
            keepPrivate(databaseFile.resolveSibling(sibling));
        }
        Path trace = databaseFile.resolveSibling(databaseFile.getFileName().toString().replace(".mv.db", ".trace.db"));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            try {
                Files.createFile(trace, PosixFilePermissions.asFileAttribute(FILE_PRIVATE));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                keepPrivate(trace);
            } catch (IOException | UnsupportedOperationException e) {
                java.util.logging.Logger.getLogger(DataFolder.class.getName()).fine(() -> "No trace file made: " + e);
            }
        }
    }

    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> FILE_PRIVATE =
            PosixFilePermissions.fromString("rw-------");
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> FOLDER_PRIVATE =
            PosixFilePermissions.fromString("rwx------");

    /** A file where the folder should be: creating the folder would fail with a message about the disk. */
    private static void refuseAFile(Path absolute) {
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent(); // --data report.pdf/workshops: the file is further up
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new StoreException((existing.equals(absolute) ? "The data folder " + absolute
                    : "The data folder " + absolute + " cannot be made: " + existing) + " is a file, not a folder."
                    + " Choose a folder with --data, or move the file away.");
        }
    }
}
