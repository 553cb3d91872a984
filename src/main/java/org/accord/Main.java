package org.accord;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import javafx.application.Application;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The entry point. Reads the command line first, so {@code --help} and {@code --version} answer without starting
 * JavaFX; otherwise opens the window. Not a JavaFX {@code Application} itself, so {@code java -jar} works with
 * JavaFX on the class path.
 */
@Command(name = "accord", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Guides a CIO–CMO workshop to an explicit RACI agreement. With no command, opens the window.")
public final class Main implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder that holds the workshops (default: your user data folder, e.g. ~/.local/share/accord).")
    Path data;

    public static void main(String[] args) {
        int exit = new CommandLine(new Main()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    @Override
    public Integer call() {
        String[] fxArgs = data == null ? new String[0]
                : new String[] {"--" + AccordApp.DATA_PARAMETER + "=" + data.toAbsolutePath()};
        Application.launch(AccordApp.class, fxArgs);
        return 0;
    }

    /** The version Maven wrote into version.properties at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"Accord " + properties.getProperty("version", "(development)")};
        }
    }
}
