package org.accord.ui.workshop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How this laptop shows each workshop (the grid's zoom), in {@code view-settings.properties} in the data folder.
 * Not in the workshop itself: a zoom suits one projector and one room, so it is no edit to undo, does not change
 * "last edited", and does not travel in the workshop file to another laptop. A file that cannot be read or written
 * costs only the remembered zoom: the screen opens at the normal size.
 */
public final class ViewSettings {
    static final String FILE_NAME = "view-settings.properties";
    private static final Logger LOG = Logger.getLogger(ViewSettings.class.getName());
    private final Path file;
    /** Reading and writing the file happen here, never on the JavaFX thread; one at a time, in order. */
    private final java.util.concurrent.ExecutorService disk = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "accord-view-settings");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.Future<Properties> loaded;

    public ViewSettings(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
        this.loaded = disk.submit(this::read); // long read by the time a workshop opens
    }

    /** The zoom last chosen for a workshop; 1 if none. */
    double zoom(long workshopId) {
        try {
            return Double.parseDouble(settings().getProperty(key(workshopId), "1"));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    void setZoom(long workshopId, double zoom) {
        Properties settings = settings();
        synchronized (settings) {
            if (zoom == 1) {
                settings.remove(key(workshopId));
            } else {
                settings.setProperty(key(workshopId), String.format(Locale.ROOT, "%.2f", zoom));
            }
        }
        Properties snapshot = new Properties();
        synchronized (settings) {
            snapshot.putAll(settings);
        }
        disk.execute(() -> write(snapshot));
    }

    private Properties settings() {
        try {
            return loaded.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Properties();
        } catch (java.util.concurrent.ExecutionException e) {
            return new Properties();
        }
    }

    private void write(Properties settings) {
        try {
            // Written whole and then moved into place, so a crash mid-write leaves the old file, not half a file.
            Path written = Files.createTempFile(file.getParent(), "view-settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(written)) {
                settings.store(out, "Accord: how this laptop shows each workshop");
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.WARNING, "Could not remember the zoom in " + file, e);
        }
    }

    private Properties read() {
        Properties settings = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                settings.load(in);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not read " + file, e);
            }
        }
        return settings;
    }

    private static String key(long workshopId) {
        return "zoom." + workshopId;
    }
}
