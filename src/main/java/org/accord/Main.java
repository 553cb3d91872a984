package org.accord;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import javafx.application.Application;
import org.accord.app.AccordApp;
import org.accord.app.OrderlyExit;
import org.accord.app.SupportLog;
import org.accord.cli.AccordCommand;
import org.accord.cli.CommandLogging;
import org.accord.cli.WindowLogging;

/**
 * The entry point. Reads the command line first, so {@code --help}, {@code --version} and the commands run without
 * starting JavaFX; with no command it opens the window. Not a JavaFX {@code Application} itself, so
 * {@code java -jar} works with JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    /**
     * The support log is opened on a thread of its own while JavaFX starts: its file work never touches the JavaFX
     * thread, and the first frame no longer waits for it (setting up Java's logging and the log file took 60 ms).
     */
    private static void openWindow(AccordCommand.WindowRequest request) {
        // The terminal shows only what is meant for its user: log records and stack traces go to the support log.
        WindowLogging.intoTheSupportLogOnly();
        SupportLog.startInBackground(request.dataFolder());
        OrderlyExit.onSignals();
        try {
            Application.launch(AccordApp.class, AccordApp.parameters(request));
        } finally {
            OrderlyExit.windowEnded();
        }
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // A double-click: straight to the window, without loading the command-line parser first.
            openWindow(AccordCommand.defaultWindow());
            return;
        }
        if (AccordCommand.endsWithoutTheWindow(args)) {
            // The window (also `accord open`) keeps a support log; a command reports in its own words instead.
            CommandLogging.discardLogRecords();
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exit = AccordCommand.run(args, Main::openWindow, out, err);
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
