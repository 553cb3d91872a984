package org.accord.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.accord.domain.AccordException;
import org.accord.store.DataFolder;
import org.accord.store.library.LibraryChoice;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code accord [--data DIR] [--database URL] [COMMAND]}: with no command, opens the window; with one, works on the workshops from the
 * command line without starting JavaFX. Exit codes: 0 success, 2 wrong usage, 1 any other failure, with one
 * readable line on standard error.
 */
@Command(name = "accord", mixinStandardHelpOptions = true, versionProvider = AccordCommand.Version.class,
        description = "Guides a CIO–CMO workshop to an explicit RACI agreement. With no command, opens the window.")
public final class AccordCommand implements Callable<Integer> {

    /**
     * The commands, added to the parser only when the arguments name one, and then only that one (all of them for
     * help or the version): building a command's model by reflection loads PDFBox and H2 types and costs 0.1–0.2 s
     * of a cold start, which opening the window ({@code accord --data DIR}, a double-clicked {@code .accord.json})
     * should not pay; and a command pays only for itself ({@code list}: 40 ms sooner than with all five, medians of 10).
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>(); // the order --help lists them in
        commands.put("open", OpenCommand::new);
        commands.put("list", ListCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("export", ExportCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("copy-from-local", CopyFromLocalCommand::new);
        commands.put("copy-to-local", CopyToLocalCommand::new);
        return commands;
    }

    /** True for help, the version and every command but {@code open}: what runs and ends without a window. */
    public static boolean endsWithoutTheWindow(String[] args) {
        List<String> named = commandsNamedIn(args);
        return !named.isEmpty() && !named.equals(List.of("open"));
    }

    /** The commands the parser needs for these arguments: the first one named, every one for help, or none. */
    static List<String> commandsNamedIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data") || arg.equals("--database")) {
                i++; // its value: a folder may be called "export"
            } else if (COMMANDS.containsKey(arg)) {
                return List.of(arg);
            } else if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return List.copyOf(COMMANDS.keySet());
            }
        }
        return List.of();
    }

    /** What the window is asked to do when it opens. */
    public record WindowRequest(Path dataFolder, String workshop, boolean reportStartup, String database) {
        /** A request for the local library. */
        public WindowRequest(Path dataFolder, String workshop, boolean reportStartup) {
            this(dataFolder, workshop, reportStartup, null);
        }
    }

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder that holds the workshops (default: your user data folder, e.g. ~/.local/share/accord).")
    Path data;

    @Option(names = "--database", paramLabel = "URL",
            description = "A team's shared library on PostgreSQL instead of your own, e.g. "
                    + "jdbc:postgresql://server:5432/accord?sslmode=verify-full. The password comes from ~/.pgpass or "
                    + "PGPASSWORD, never from Accord's files.")
    String database;

    @Option(names = "--startup-report",
            description = "Print the milliseconds from JVM start to the first painted window, then exit.")
    boolean reportStartup;

    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "FILE",
            description = "Open the window on this workshop file (.accord.json), imported as a new workshop. By id or"
                    + " title: 'open WORKSHOP'.")
    String workshop;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Consumer<WindowRequest> openWindow;

    public AccordCommand(Consumer<WindowRequest> openWindow) {
        this.openWindow = openWindow;
    }

    void openWindow(String workshopToOpen) {
        openWindow.accept(new WindowRequest(dataFolder().toAbsolutePath(), workshopToOpen, reportStartup, database));
    }

    /** The window on the default data folder: what running Accord with no arguments does. */
    public static WindowRequest defaultWindow() {
        return new WindowRequest(DataFolder.defaultFolder().toAbsolutePath(), null, false);
    }

    Path dataFolder() {
        return data != null ? data : DataFolder.defaultFolder();
    }

    /** The library the command works on: the data folder's own, or the team's that --database names. */
    LibraryChoice library() {
        return new LibraryChoice(dataFolder(), database);
    }

    @Override
    public Integer call() {
        if (workshop != null && !isFile(workshop)) {
            // A typo of a command (`accord lsit`) would otherwise start the window and look for a workshop by that
            // name: a bare word is a command or a workshop file that exists, anything else is wrong usage.
            throw new CommandLine.ParameterException(spec.commandLine(), UnknownCommand.message(workshop, COMMANDS.keySet()));
        }
        openWindow(workshop);
        return 0;
    }

    private static boolean isFile(String argument) {
        try {
            return java.nio.file.Files.isRegularFile(Path.of(argument));
        } catch (java.nio.file.InvalidPathException notAPath) {
            return false;
        }
    }

    /** Runs the command line and returns the exit code; {@code Main} exits with it. */
    public static int run(String[] args, Consumer<WindowRequest> openWindow, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new AccordCommand(openWindow));
        for (String name : commandsNamedIn(args)) {
            line.addSubcommand(name, COMMANDS.get(name).get());
        }
        line.setOut(out);
        line.setErr(err);
        line.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println("accord: " + ex.getMessage() + " (see '" + failed.getCommandSpec().qualifiedName()
                    + " --help')");
            failed.getErr().flush();
            return CommandLine.ExitCode.USAGE;
        });
        line.setExecutionExceptionHandler((ex, failed, parsed) -> {
            String message = ex instanceof AccordException ? ex.getMessage()
                    : "Accord failed: " + (ex.getMessage() == null ? ex.getClass().getSimpleName()
                    : org.accord.domain.Messages.sentence(ex.getMessage()));
            // One line, bounded, with nothing a terminal would act on, whatever the message quotes.
            failed.getErr().println("accord: " + org.accord.domain.Messages.excerpt(message, 1_000));
            failed.getErr().flush();
            return CommandLine.ExitCode.SOFTWARE;
        });
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The version Maven wrote into version.properties at build time. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = AccordCommand.class.getResourceAsStream("/org/accord/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // no version to show: fall through
        }
        return properties.getProperty("version", "(development)");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Accord " + version()};
        }
    }
}
