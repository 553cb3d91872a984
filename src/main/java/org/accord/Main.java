package org.accord;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import javafx.application.Application;
import org.accord.cli.AccordCommand;

/**
 * The entry point. Reads the command line first, so {@code --help}, {@code --version} and the commands run without
 * starting JavaFX; with no command it opens the window. Not a JavaFX {@code Application} itself, so
 * {@code java -jar} works with JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // A double-click: straight to the window, without loading the command-line parser first.
            Application.launch(AccordApp.class, AccordApp.parameters(AccordCommand.defaultWindow()));
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exit = AccordCommand.run(args, request -> Application.launch(AccordApp.class, AccordApp.parameters(request)),
                out, err);
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
