package org.accord.cli;

/**
 * Logging while a command runs: none. A command says what went wrong in its own words on its error output; log
 * records (with their Java causes) are for the support log, which only the window keeps ({@code SupportLog}).
 *
 * <p>Rather than building Java's logging and then silencing its console handler, this names itself as that logging's
 * configuration, so nothing is built unless something actually logs, and then with no handler at all; PDFBox's
 * commons-logging is pointed at its no-op log, so a PDF export does not build Java's logging either. Building it
 * reads its configuration file and searches every jar on the class path for a logger provider: about 30 ms of a
 * 0.5 s command.
 */
public final class CommandLogging {
    /**
     * Called by {@code java.util.logging.LogManager} instead of reading {@code logging.properties}: with no
     * properties the root logger gets no handler, so every record is dropped.
     */
    public CommandLogging() {
    }

    /** Before anything logs: once Java's logging is built, these properties are no longer read. */
    public static void discardLogRecords() {
        System.setProperty("java.util.logging.config.class", CommandLogging.class.getName());
        System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
    }
}
