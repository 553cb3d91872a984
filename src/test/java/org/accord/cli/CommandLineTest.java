package org.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.testing.ReadOnlyFolder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real command line (the code Main runs) for each command, and its error exits. */
class CommandLineTest {
    @TempDir
    Path folder;

    record Run(int exit, String out, String err) {
    }

    private final List<AccordCommand.WindowRequest> windowsOpened = new ArrayList<>();

    private Run accord(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data", folder.resolve("data").toString()));
        all.addAll(Arrays.asList(args));
        int exit = AccordCommand.run(all.toArray(String[]::new), windowsOpened::add, new PrintWriter(out),
                new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    /** A refused title is refused before the database is opened: no backup is taken, none is rotated out. */
    @Test
    void aFailingNewTakesNoBackupAndRotatesNone() throws Exception {
        accord("new", "--title", "First");
        accord("new", "--title", "Second"); // opening an existing file backs it up
        Path backups = folder.resolve("data").resolve("backups");
        List<String> before;
        try (var files = Files.list(backups)) {
            before = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertThat(before).anyMatch(n -> n.startsWith("accord-"));
        Run refused = accord("new", "--title", "   ");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("title");
        try (var files = Files.list(backups)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).isEqualTo(before);
        }
    }

    /** The command line's PDF carries the last round's changes and sign-off, as the window's does (issue 19). */
    @Test
    void theExportedPdfEndsWithTheChangesSinceTheLastRoundAndItsSignOff() throws Exception {
        assertThat(accord("new", "--title", "Rounds").exit()).isZero();
        try (var store = org.accord.store.h2.H2WorkshopStore.open(folder.resolve("data"))) {
            var w = store.load(1);
            store.closeRound(1, "Round 1", List.of(new org.accord.domain.round.SignOff("Ana Ruiz", "CIO",
                    java.time.LocalDate.of(2026, 12, 2))));
            Thread.sleep(5); // the edit is saved after the round closed
            var edited = w.withLetter(w.activities().get(0).id(), w.roles().get(1).id(), org.accord.domain.Raci.C)
                    .withLastEditedAt(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            store.save(w, edited);
        }
        Path pdf = folder.resolve("rounds.pdf");
        assertThat(accord("export", "1", "--format", "pdf", "--output", pdf.toString()).exit()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Changes since Round 1 (1)").contains("(none) → C")
                    .contains("Sign-off").contains("Signature · Ana Ruiz");
        }
    }

    @Test
    void newListExportAndImportWorkTogether() throws Exception {
        Run created = accord("new", "--title", "Spring alignment 王芳");
        assertThat(created.exit()).isZero();
        String id = created.out().strip();
        assertThat(id).isEqualTo("1");
        assertThat(accord("new", "--title", "Blank one", "--template", "blank").out().strip()).isEqualTo("2");

        Path database = folder.resolve("data").resolve("accord.mv.db");
        byte[] beforeReading = Files.readAllBytes(database);
        List<String> backupsBeforeReading = listing(folder.resolve("data").resolve("backups"));

        Run list = accord("list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("ID").contains("TITLE").contains("Spring alignment 王芳").contains("Blank one");

        Path pdf = folder.resolve("out.pdf");
        Run export = accord("export", "Spring alignment 王芳", "--format", "pdf", "--output", pdf.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("Saved the PDF report");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Spring alignment 王芳").contains("Martech roadmap");
        }

        Path csv = folder.resolve("out.csv");
        assertThat(accord("export", id, "--format", "csv", "--output", csv.toString()).exit()).isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("\"Strategy\",\"Martech roadmap\"");
        Path agreements = folder.resolve("agreements.csv");
        assertThat(accord("export", id, "--format", "agreements-csv", "--output", agreements.toString()).exit()).isZero();
        assertThat(Files.readString(agreements, StandardCharsets.UTF_8))
                .contains("\"Activity\",\"Martech roadmap\",\"\",\"\",\"Open\"").contains("\"Working agreement\"");

        Path json = folder.resolve("out.accord.json");
        assertThat(accord("export", id, "--format", "json", "--output", json.toString()).exit()).isZero();
        // list and four exports only read: the file is as it was, and no backup was taken or rotated out.
        assertThat(Files.readAllBytes(database)).isEqualTo(beforeReading);
        assertThat(listing(folder.resolve("data").resolve("backups"))).isEqualTo(backupsBeforeReading);
        Run imported = accord("import", json.toString());
        assertThat(imported.exit()).isZero();
        assertThat(imported.out().strip()).isEqualTo("3");
        try (H2WorkshopStore store = H2WorkshopStore.open(folder.resolve("data"))) {
            assertThat(store.load(3).activities()).hasSize(16);
            assertThat(store.load(3).title()).isEqualTo("Spring alignment 王芳");
        }
        assertThat(windowsOpened).as("no command opens the window").isEmpty();
    }

    private static List<String> listing(Path directory) throws java.io.IOException {
        try (var files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws Exception {
        accord("new", "--title", "T");
        Path csv = Files.writeString(folder.resolve("keep.csv"), "precious");
        Run refused = accord("export", "1", "--format", "csv", "--output", csv.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).startsWith("accord: The file").contains("already exists").contains("--force");
        assertThat(refused.err().lines()).hasSize(1);
        assertThat(Files.readString(csv)).isEqualTo("precious");
        assertThat(accord("export", "1", "--format", "csv", "--output", csv.toString(), "--force").exit()).isZero();
        assertThat(Files.readString(csv)).contains("Martech roadmap");
    }

    @Test
    void wrongUsageExitsWithTwoAndOneReadableLine() {
        for (Run run : List.of(accord("export", "1", "--format", "xls", "--output", "x"),
                accord("new"), accord("--bogus"), accord("list", "extra"), accord("new", "--title", "T", "--template", "nope"))) {
            assertThat(run.exit()).as(run.err()).isEqualTo(2);
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.err()).startsWith("accord: ").doesNotContain("Exception");
        }
    }

    @Test
    void failuresExitWithOneAndOneReadableLine() throws Exception {
        accord("new", "--title", "Same");
        accord("new", "--title", "Same");
        Path bad = Files.writeString(folder.resolve("bad.accord.json"), "{\"format\": \"accord-workshop\", \"formatVersion\": 9}");
        List<Run> runs = List.of(
                accord("export", "Nobody", "--format", "csv", "--output", folder.resolve("a.csv").toString()),
                accord("export", "Same", "--format", "csv", "--output", folder.resolve("b.csv").toString()),
                accord("export", "1", "--format", "csv", "--output", folder.resolve("no/such/folder/c.csv").toString()),
                accord("import", folder.resolve("missing.accord.json").toString()),
                accord("import", bad.toString()));
        assertThat(runs).allSatisfy(run -> {
            assertThat(run.exit()).as(run.err()).isEqualTo(1);
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.err()).startsWith("accord: ").doesNotContain("Exception").doesNotContain("SQL");
        });
        assertThat(runs.get(0).err()).contains("No workshop has the id or the exact title \"Nobody\"");
        assertThat(runs.get(1).err()).contains("Several workshops are titled \"Same\"").contains("1, 2");
        assertThat(runs.get(2).err()).contains("does not exist");
        assertThat(runs.get(4).err()).contains("newer Accord");
        assertThat(accord("list").out().lines().count()).as("the bad import added nothing").isEqualTo(3);
    }

    @Test
    void noCommandOpensTheWindowOnTheDataFolder() {
        assertThat(accord().exit()).isZero();
        assertThat(windowsOpened).containsExactly(
                new AccordCommand.WindowRequest(folder.resolve("data").toAbsolutePath(), null, false));
    }

    @Test
    void openAndABareFileOpenTheWindowOnThatWorkshop() throws Exception {
        // A double-clicked workshop file arrives as a bare argument (the .deb's menu entry, the file association).
        Path file = Files.writeString(folder.resolve("acme.accord.json"), "{}");
        assertThat(accord("open", "Spring alignment").exit()).isZero();
        assertThat(accord(file.toString()).exit()).isZero();
        assertThat(accord("--startup-report").exit()).isZero();
        assertThat(windowsOpened).extracting(AccordCommand.WindowRequest::workshop)
                .containsExactly("Spring alignment", file.toString(), null);
        assertThat(windowsOpened).extracting(AccordCommand.WindowRequest::reportStartup).containsExactly(false, false, true);
    }

    /**
     * Issue 16: `accord lsit` started the window and looked for a workshop named "lsit". A bare word that is neither
     * a command nor an existing file is wrong usage, with the command meant when it is a typo of one.
     */
    @Test
    void aBareWordThatIsNeitherACommandNorAFileIsWrongUsage() {
        Run typo = accord("lsit");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).startsWith("accord: Unknown command 'lsit'. Did you mean 'list'?");
        assertThat(typo.err().lines()).hasSize(1);
        assertThat(accord("expotr").err()).contains("Did you mean 'export'?");
        assertThat(accord("LIST").err()).contains("Did you mean 'list'?");
        assertThat(accord("nwe").err()).contains("Did you mean 'new'?");

        Run far = accord("frobnicate");
        assertThat(far.exit()).isEqualTo(2);
        assertThat(far.err()).contains("Unknown command 'frobnicate'.").doesNotContain("Did you mean")
                .contains("open, list, new, export, import").contains("accord open WORKSHOP");
        // An id or a title is opened with `open`: bare, it is not taken for a workshop any more.
        assertThat(accord("Spring alignment").exit()).isEqualTo(2);
        assertThat(accord("1").err()).contains("Unknown command '1'.").doesNotContain("Did you mean");

        Run missing = accord(folder.resolve("gone.accord.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("The file '" + folder.resolve("gone.accord.json") + "' does not exist");
        assertThat(accord(folder.toString()).exit()).as("a folder is not a workshop file").isEqualTo(2);
        assertThat(windowsOpened).as("the window is never started").isEmpty();
    }

    @Test
    void aTypoIsCloseToOneCommandOnly() {
        List<String> commands = List.of("open", "list", "new", "export", "import");
        assertThat(UnknownCommand.closest("lsit", commands)).isEqualTo("list");
        assertThat(UnknownCommand.closest("ls", commands)).isEqualTo("list");
        assertThat(UnknownCommand.closest("imprt", commands)).isEqualTo("import");
        assertThat(UnknownCommand.closest("opne", commands)).isEqualTo("open");
        assertThat(UnknownCommand.closest("no", commands)).isNull();
        assertThat(UnknownCommand.closest("delete", commands)).isNull();
        assertThat(UnknownCommand.closest("x".repeat(10_000), commands)).isNull();
    }

    /** Opening the window does not build the commands' parsers; naming a command, help or the version does. */
    @Test
    void onlyArgumentsThatNameACommandLoadTheCommands() {
        assertThat(AccordCommand.endsWithoutTheWindow(new String[] {"--data", "/tmp/x"})).isFalse();
        assertThat(AccordCommand.endsWithoutTheWindow(new String[] {"--data", "/tmp/x", "Spring alignment"})).isFalse();
        assertThat(AccordCommand.endsWithoutTheWindow(new String[] {"--data", "/tmp/x", "open", "1"})).isFalse();
        assertThat(AccordCommand.endsWithoutTheWindow(new String[] {"--data", "/tmp/x", "export", "1"})).isTrue();
        assertThat(AccordCommand.endsWithoutTheWindow(new String[] {"--help"})).isTrue();
        assertThat(AccordCommand.endsWithoutTheWindow(new String[] {"-V"})).isTrue();
        // Only the command named is built; a folder called like a command is a folder.
        assertThat(AccordCommand.commandsNamedIn(new String[] {"--data", "/tmp/x", "export", "1", "--output", "list"}))
                .containsExactly("export");
        assertThat(AccordCommand.commandsNamedIn(new String[] {"--data", "export", "list"})).containsExactly("list");
        assertThat(AccordCommand.commandsNamedIn(new String[] {"--data", "export"})).isEmpty();
        assertThat(AccordCommand.commandsNamedIn(new String[] {"--database", "list", "new"})).containsExactly("new");
        assertThat(AccordCommand.commandsNamedIn(new String[] {"--help"})).hasSize(7);
        Run help = accord("--help");
        assertThat(help.out()).contains("export").contains("import").contains("list").contains("copy-from-local").contains("copy-to-local")
                .contains("--database");
        assertThat(accord("export", "--help").out()).contains("--format").contains("--paper");
    }

    /** The packaged entry point, in its own JVM without JavaFX on the class path: help, version and a command. */
    @Test
    void theEntryPointAnswersWithoutJavafx() throws Exception {
        for (List<String> args : List.of(List.of("--help"), List.of("--version"),
                List.of("--data", folder.resolve("child").toString(), "list"))) {
            Run run = entryPoint(args);
            assertThat(run.exit()).as(run.out() + run.err()).isZero();
            assertThat(run.out() + run.err()).doesNotContain("javafx").doesNotContain("Exception");
        }
    }

    /**
     * A command's failure reaches its user as one line in words, even when the store also logs it with its Java
     * cause for support: no log record reaches the terminal (CommandLogging), only the support log would keep it.
     */
    @Test
    void aCommandPrintsNoLogRecords() throws Exception {
        accord("new", "--title", "Damaged agenda");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:" + folder.resolve("data").resolve(
                H2WorkshopStore.DATABASE_NAME), "sa", "");
             Statement statement = connection.createStatement()) {
            // the store logs this as a warning with the JSON parser's exception
            statement.executeUpdate("INSERT INTO workshop_guide (workshop_id, document, format_version) VALUES (1, '{not json', 1)");
        }
        Run run = entryPoint(List.of("--data", folder.resolve("data").toString(), "export", "1", "--format", "csv",
                "--output", folder.resolve("m.csv").toString()));
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("accord: This workshop's agenda and agreements cannot be read")
                .contains("Restore from backup").doesNotContain("Unexpected character");
        assertThat(run.err()).doesNotContain("WARNING").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    /** The 19 MB value reached standard error whole; now one short line quotes the start of it. */
    @Test
    void aHugeBadValueReachesTheTerminalAsAShortExcerpt() throws Exception {
        String big = "2026-" + "1".repeat(19_000_000);
        Path file = folder.resolve("huge.accord.json");
        Files.writeString(file, "{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"workshop\": {\"title\": \"T\", "
                + "\"date\": \"" + big + "\"}}");
        Path medium = folder.resolve("medium.accord.json");
        Files.writeString(medium, "{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"workshop\": {\"title\": \"T\", "
                + "\"date\": \"" + big.substring(0, 50_000) + "\"}}");
        Run huge = entryPoint(List.of("--data", folder.resolve("data").toString(), "import", file.toString()));
        assertThat(huge.exit()).isEqualTo(1);
        assertThat(huge.err()).startsWith("accord: The workshop file has a problem at workshop.date (line 1, column ")
                .hasSizeLessThan(300);
        Run quoted = accord("import", medium.toString());
        assertThat(quoted.err()).isEqualTo("accord: The workshop file has a problem at workshop.date: \"2026-"
                + "1".repeat(35) + "…\" is not a date like 2026-11-22. Nothing was imported." + System.lineSeparator());

        accord("new", "--title", "Spring alignment");
        Run unknown = accord("export", "Spring " + "x".repeat(100_000), "--format", "csv", "--output",
                folder.resolve("x.csv").toString());
        assertThat(unknown.err()).contains("exact title \"Spring " + "x".repeat(33) + "…\"; 'accord list' shows them.")
                .hasSizeLessThan(200);
    }

    /** A save that fails on the command line is told in the command line's words: there is no window to keep it. */
    @Test
    void aFailedSaveOnTheCommandLineSpeaksOfNoWindow() throws Exception {
        accord("new", "--title", "Held");
        try (Connection blocker = DriverManager.getConnection("jdbc:h2:" + folder.resolve("data").resolve(
                H2WorkshopStore.DATABASE_NAME), "sa", "")) {
            blocker.setAutoCommit(false);
            try (Statement statement = blocker.createStatement()) {
                // holds the lock on the change counter every save bumps, until rolled back
                statement.executeUpdate("UPDATE store_state SET edit_sequence = edit_sequence WHERE id = 1");
            }
            Run run = accord("new", "--title", "Blocked");
            blocker.rollback();
            assertThat(run.exit()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).startsWith("accord: Accord could not").contains("try again")
                    .doesNotContain("window").doesNotContain("SQL");
            assertThat(run.err().lines()).hasSize(1);
        }
    }

    /**
     * A backup disk or a CD: list and export only read, so they work on a folder nobody may write to. Made truly
     * unwritable: as root (CI) permissions stop nothing, so the folder and its files get the immutable attribute
     * (chattr +i), which binds root too; as anyone else, taking write permission away does it. The test first checks
     * that creating a file there really fails, and says so if this machine can do neither.
     */
    @Test
    void listAndExportWorkOnAFolderNobodyMayWriteTo() throws Exception {
        accord("new", "--title", "Archived alignment");
        Path data = folder.resolve("data");
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(data)) {
            Run list = accord("list");
            assertThat(list.exit()).as(list.err()).isZero();
            assertThat(list.out()).contains("Archived alignment");
            Path csv = folder.resolve("archived.csv");
            Run export = accord("export", "Archived alignment", "--format", "csv", "--output", csv.toString());
            assertThat(export.exit()).as(export.err()).isZero();
            assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("Martech roadmap");
            assertThat(readOnly.unchanged()).as("nothing was written in the folder").isTrue();
        }
    }

    @Test
    void aDataFolderThatIsAFileIsCalledAFile() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "not a folder");
        for (String command : List.of("list", "new")) {
            StringWriter err = new StringWriter();
            List<String> args = new ArrayList<>(List.of("--data", file.toString(), command));
            if (command.equals("new")) {
                args.addAll(List.of("--title", "T"));
            }
            int exit = AccordCommand.run(args.toArray(String[]::new), windowsOpened::add, new PrintWriter(new StringWriter()),
                    new PrintWriter(err));
            assertThat(exit).isEqualTo(1);
            assertThat(err.toString()).isEqualTo("accord: The data folder " + file + " is a file, not a folder. Choose a"
                    + " folder with --data, or move the file away." + System.lineSeparator());
        }
    }

    /** Names saved before overrides were left out (or typed into the database) are shown as codes by list. */
    @Test
    void listShowsDirectionAndControlCharactersAsCodes() throws Exception {
        accord("new", "--title", "Plain");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:" + folder.resolve("data").resolve(
                H2WorkshopStore.DATABASE_NAME), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE workshop SET title = 'Budget ' || CHAR(8238) || 'gpj.exe' || CHAR(27) || '[2J',"
                    + " organization = 'Acme' || CHAR(8294)");
        }
        Run list = accord("list");
        assertThat(list.out()).contains("Budget <U+202E>gpj.exe<U+001B>[2J").contains("Acme<U+2066>")
                .doesNotContain("\u202E").doesNotContain("\u001B");
    }

    /**
     * The spreadsheet from the command line, in a JVM of its own as installed: POI logs through the Log4j API, which
     * with no provider on the class path warns on standard error at the first export; the one Accord ships hands
     * the records to java.util.logging, so a successful export prints its one line and nothing else.
     */
    @Test
    void theSpreadsheetIsExportedOnTheCommandLineWithNothingOnStandardError() throws Exception {
        accord("new", "--title", "Spreadsheet out");
        Path xlsx = folder.resolve("out.xlsx");
        Run run = entryPoint(List.of("--data", folder.resolve("data").toString(), "export", "Spreadsheet out",
                "--format", "xlsx", "--output", xlsx.toString()));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().strip()).isEqualTo("Saved the spreadsheet: " + xlsx.toAbsolutePath());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(book.getSheet("Matrix").getRow(2).getCell(0).getStringCellValue()).isEqualTo("Martech roadmap");
            assertThat(book.getSheet("Matrix").getRow(0).getCell(2).getStringCellValue()).isEqualTo("CIO");
        }
    }

    /** Runs org.accord.Main in a JVM of its own, as the installed program does, without JavaFX on the class path. */
    private static Run entryPoint(List<String> args) throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("javafx") && !entry.contains("openjfx")).reduce((a, b) -> a + java.io.File.pathSeparator + b)
                .orElseThrow();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(org.accord.store.ChildJvm.QUICK_START);
        command.addAll(List.of("-cp", classPath, "org.accord.Main"));
        command.addAll(args);
        Path err = Files.createTempFile("accord-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Run(process.exitValue(), out, Files.readString(err));
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
