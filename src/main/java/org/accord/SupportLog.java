package org.accord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.accord.cli.AccordCommand;
import org.accord.store.DataFolder;

/**
 * A rotating log in the data folder ({@code logs/accord-0.log}, 5 files of 1 MB) for support: the version, the
 * system, warnings and errors with their causes. Workshop content is never logged, only what failed and where.
 */
final class SupportLog {
    // No static Logger here: this class is loaded on the main thread, and the first Logger sets up Java's logging
    // (about 25 ms), which belongs on the log's own thread.
    private static FileHandler handler;

    private SupportLog() {
    }

    /**
     * Opens the log on a daemon thread and returns at once. A record logged before the file is open (JavaFX's own
     * start-up notices, in the first tenth of a second) reaches only the console; everything after it, the
     * database's open and every failure a facilitator could report, is in the file.
     */
    static Thread startInBackground(Path dataFolder) {
        Thread opening = new Thread(() -> start(dataFolder), "Accord support log");
        opening.setDaemon(true);
        opening.start();
        return opening;
    }

    static synchronized void start(Path dataFolder) {
        if (handler != null) {
            return;
        }
        try {
            Path logs = DataFolder.prepare(dataFolder).resolve("logs");
            Files.createDirectories(logs);
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            handler = new FileHandler(logs.resolve("accord-%g.log").toString(), 1_000_000, 5, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger.getLogger("").addHandler(handler);
            Logger.getLogger(SupportLog.class.getName()).info(() -> "Accord " + AccordCommand.version() + " started; Java "
                    + System.getProperty("java.version") + " on " + System.getProperty("os.name") + " "
                    + System.getProperty("os.version") + "; data folder " + dataFolder);
        } catch (IOException | RuntimeException e) {
            // Without a log Accord still works; the window reports problems on its own.
            Logger.getLogger(SupportLog.class.getName()).log(Level.WARNING, "No log file in " + dataFolder, e);
        }
    }

    /** Closes the log file. At exit Java's logging closes it itself; a test calls this so later tests log nowhere. */
    static synchronized void stop() {
        if (handler != null) {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
            handler = null;
        }
    }
}
