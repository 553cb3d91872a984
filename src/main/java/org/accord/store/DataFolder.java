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
        try {
            if (!Files.isDirectory(absolute)) {
                Files.createDirectories(absolute);
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(absolute, PosixFilePermissions.fromString("rwx------"));
                }
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
}
