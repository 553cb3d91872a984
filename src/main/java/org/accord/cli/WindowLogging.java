package org.accord.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Logging while the window runs: into the support log only, never the terminal. Java's logging otherwise writes
 * every record to standard error too, among them JavaFX's "Unsupported JavaFX configuration" warning at every start
 * (JavaFX says it whenever its classes come from the class path, as with {@code java -jar} and the installed
 * program) and the support log's own start line; and a Java exception nobody caught was printed there whole.
 *
 * <p>Like {@link CommandLogging}, this names itself as Java's logging configuration: the root logger gets one
 * handler, {@link EarlyRecords}, instead of the console. The support log opens its file on a thread of its own while
 * JavaFX starts, so a record can come before the file is there (JavaFX's warning usually does); those are held and
 * written into the support log, in their order, as soon as it is open.
 */
public final class WindowLogging {
    /** Called by {@code java.util.logging.LogManager} instead of reading {@code logging.properties}. */
    public WindowLogging() throws IOException {
        String properties = "handlers=" + EarlyRecords.class.getName() + "\n.level=INFO\n";
        LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(properties.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** Before anything logs: once Java's logging is built, this property is no longer read. */
    public static void intoTheSupportLogOnly() {
        System.setProperty("java.util.logging.config.class", WindowLogging.class.getName());
        // An exception no code caught (on the JavaFX thread: one an event handler threw) is the support log's, with
        // its cause; the facilitator's terminal is not where anyone reads it.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> Logger.getLogger("org.accord").log(Level.SEVERE,
                "Uncaught exception in thread \"" + thread.getName() + "\"", e));
    }

    /**
     * The root logger's handler until the support log adds its own: it keeps the records (at most {@value #MAX_HELD},
     * then the oldest go), hands them to the support log's handler once that is there, and then steps aside. If the
     * support log cannot be opened, they stay here and go nowhere: the window reports problems on its own.
     */
    public static final class EarlyRecords extends Handler {
        private static final int MAX_HELD = 100;
        private final Deque<LogRecord> held = new ArrayDeque<>();
        private boolean handedOver;

        /** Made by Java's logging from the configuration above. */
        public EarlyRecords() {
            setLevel(Level.ALL);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (handedOver || !isLoggable(record)) {
                return;
            }
            Logger root = Logger.getLogger("");
            Handler[] others = java.util.Arrays.stream(root.getHandlers()).filter(h -> h != this).toArray(Handler[]::new);
            if (others.length == 0) {
                if (held.size() == MAX_HELD) {
                    held.removeFirst();
                }
                held.addLast(record);
                return;
            }
            // The support log is open: this record goes to it directly (the root passes it on after this handler),
            // the ones before it are written first, in their order.
            handedOver = true;
            root.removeHandler(this);
            for (LogRecord early : held) {
                for (Handler other : others) {
                    other.publish(early);
                }
            }
            held.clear();
        }

        @Override
        public void flush() {
        }

        @Override
        public synchronized void close() {
            held.clear();
        }
    }
}
