package org.accord.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.accord.domain.Messages;
import org.accord.cli.AccordCommand;
import org.accord.store.DataFolder;

/**
 * A rotating log in the data folder ({@code logs/accord-0.log}, 5 files of 1 MB) for support: the version, the
 * system, warnings and errors with their causes. Workshop content is never logged, only what failed and where.
 *
 * <p>That promise is kept here, where every record is written, not at each place that logs: an exception's message
 * is written for the facilitator and quotes titles and names, H2's quotes the values of the statement that failed,
 * a parser's the text it stopped at. So a cause is written as its type and where it was thrown, with only the
 * parts known to carry no content (an H2 error code, the system's reason for a failed file operation). The folder
 * and its files are readable by the user alone.
 */
public final class SupportLog {
    // No static Logger here: this class is loaded on the main thread, and the first Logger sets up Java's logging
    // (about 25 ms), which belongs on the log's own thread.
    private static Handler handler;

    private SupportLog() {
    }

    /**
     * Opens the log on a daemon thread and returns at once. A record logged before the file is open (JavaFX's own
     * start-up notices, in the first tenth of a second) reaches only the console; everything after it, the
     * database's open and every failure a facilitator could report, is in the file.
     */
    public static Thread startInBackground(Path dataFolder) {
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
            DataFolder.keepPrivate(logs);
            handler = new PrivateFiles(logs, new FileHandler(logs.resolve("accord-%g.log").toString(), 1_000_000, 5, true));
            handler.setFormatter(new ContentFreeFormatter());
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

    /**
     * Java's file handler creates each log file, and the next one when it rotates, with the umask's permissions;
     * this sets them to the user's alone after opening and whenever the current file is a new one.
     */
    private static final class PrivateFiles extends Handler {
        private final Path logs;
        private final FileHandler files;
        private Object current;

        PrivateFiles(Path logs, FileHandler files) {
            this.logs = logs;
            this.files = files;
            keepFilesPrivate();
        }

        @Override
        public synchronized void publish(LogRecord record) {
            files.publish(record);
            Object now = fileKey(logs.resolve("accord-0.log"));
            if (now == null || !now.equals(current)) {
                keepFilesPrivate();
            }
        }

        private void keepFilesPrivate() {
            try (var all = Files.newDirectoryStream(logs, "accord-*")) {
                all.forEach(DataFolder::keepPrivate);
            } catch (IOException e) {
                // the folder itself is private; nothing else to do
            }
            current = fileKey(logs.resolve("accord-0.log"));
        }

        private static Object fileKey(Path file) {
            try {
                return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public void setFormatter(Formatter formatter) {
            files.setFormatter(formatter);
        }

        @Override
        public void setLevel(Level level) {
            super.setLevel(level);
            files.setLevel(level);
        }

        @Override
        public void flush() {
            files.flush();
        }

        @Override
        public void close() {
            files.close();
        }
    }

    /**
     * One line per record ({@code 2026-11-22 09:00:00 WARNING logger: message}), then its cause without messages.
     * The record's own message is bounded too: one of ours is never long, and a long one is cut, not written whole.
     */
    static final class ContentFreeFormatter extends Formatter {
        private static final int MAX_MESSAGE = 500;
        private static final int MAX_FRAMES = 40;
        private static final java.time.format.DateTimeFormatter TIME =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId.systemDefault());

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(256);
            line.append(TIME.format(record.getInstant())).append(' ').append(record.getLevel().getName()).append(' ')
                    .append(record.getLoggerName()).append(": ")
                    .append(Messages.excerpt(formatMessage(record), MAX_MESSAGE)).append(System.lineSeparator());
            java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            String prefix = "";
            for (Throwable t = record.getThrown(); t != null && seen.add(t); t = t.getCause()) {
                line.append(prefix).append(t.getClass().getName()).append(safeDetail(t)).append(System.lineSeparator());
                StackTraceElement[] frames = t.getStackTrace();
                for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
                    line.append("\tat ").append(frames[i]).append(System.lineSeparator());
                }
                if (frames.length > MAX_FRAMES) {
                    line.append("\t... ").append(frames.length - MAX_FRAMES).append(" more").append(System.lineSeparator());
                }
                prefix = "Caused by: ";
            }
            return line.toString();
        }

        /** What of an exception's message may be written: only what is known to hold no workshop content. */
        static String safeDetail(Throwable t) {
            if (t instanceof java.sql.SQLException sql) {
                return " (error " + sql.getErrorCode() + ", state " + sql.getSQLState() + ")";
            }
            if (t instanceof java.nio.file.FileSystemException file) {
                // the file's name may be an export named after the workshop; the system's reason is enough
                return file.getReason() == null ? "" : ": " + Messages.excerpt(file.getReason(), 120);
            }
            if (t.getClass() == IOException.class && t.getMessage() != null) {
                // the system's own words for a failed read or write ("No space left on device")
                return ": " + Messages.excerpt(t.getMessage(), 120);
            }
            return "";
        }
    }
}
