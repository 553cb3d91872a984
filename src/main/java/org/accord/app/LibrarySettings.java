package org.accord.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.accord.export.SafeFile;
import org.accord.store.DataFolder;

/**
 * The window's library setting, remembered for the next start without --database: this laptop's library, or a
 * team's by its address, in {@code library-settings.properties} in the data folder. Never a password: an address's
 * {@code password} parameter is dropped before it is written (the dialog refuses one already). Read and written off
 * the JavaFX thread. A file that cannot be read or written costs only the remembered choice (logged): the window
 * opens this laptop's library.
 */
final class LibrarySettings {
    static final String FILE_NAME = "library-settings.properties";
    private static final String DATABASE = "database";
    private static final Logger LOG = Logger.getLogger(LibrarySettings.class.getName());

    private final Path file;

    LibrarySettings(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    /** The team's library's address remembered, or null for this laptop's library. Blocking. */
    String rememberedDatabase() {
        if (!Files.exists(file)) {
            return null;
        }
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            settings.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Could not read the library setting in " + file, e);
            return null;
        }
        String database = settings.getProperty(DATABASE, "").strip();
        return database.isEmpty() ? null : database;
    }

    /** Remembers the choice (null: this laptop's library) for the next start. Blocking; a failure is logged. */
    void remember(String database) {
        Properties settings = new Properties();
        if (database != null) {
            settings.setProperty(DATABASE, withoutPassword(database));
        }
        try {
            DataFolder.prepare(file.getParent());
            SafeFile.write(file, true, out -> settings.store(out, "Accord: which library the window opens"));
            DataFolder.keepPrivate(file);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not remember the library setting in " + file, e);
        }
    }

    /** The address without a {@code password=} parameter: Accord never keeps one. */
    static String withoutPassword(String database) {
        int query = database.indexOf('?');
        if (query < 0) {
            return database;
        }
        StringBuilder kept = new StringBuilder(database.substring(0, query));
        char separator = '?';
        for (String parameter : database.substring(query + 1).split("&")) {
            if (parameter.isEmpty() || parameter.toLowerCase(java.util.Locale.ROOT).startsWith("password=")) {
                continue;
            }
            kept.append(separator).append(parameter);
            separator = '&';
        }
        return kept.toString();
    }
}
