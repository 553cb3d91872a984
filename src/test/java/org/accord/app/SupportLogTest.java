package org.accord.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.AccordException;
import org.accord.export.json.WorkshopFile;
import org.accord.store.WorkshopLookup;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.ui.common.FxBackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's support log: opened beside the workshops without holding up the window, then keeping warnings. */
class SupportLogTest {
    @TempDir
    Path dataFolder;

    @AfterEach
    void closeTheLog() {
        SupportLog.stop();
    }

    @Test
    void theLogOpensInTheBackgroundAndKeepsTheStartAndLaterWarnings() throws Exception {
        Thread opening = SupportLog.startInBackground(dataFolder);
        assertThat(opening.isDaemon()).as("never keeps the program running").isTrue();
        opening.join(10_000);
        assertThat(opening.isAlive()).isFalse();

        Logger.getLogger("org.accord.store.h2.H2WorkshopStore").log(Level.WARNING, "Backups could not be listed",
                new java.io.IOException("disk full"));
        Path log = dataFolder.resolve("logs").resolve("accord-0.log");
        assertThat(log).exists();
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).contains("INFO org.accord.app.SupportLog: Accord ").contains("started; Java " + System.getProperty("java.version"))
                .contains("data folder " + dataFolder);
        assertThat(text).contains("WARNING org.accord.store.h2.H2WorkshopStore: Backups could not be listed")
                .contains("java.io.IOException: disk full");
    }

    /**
     * The issue: an unknown title given to open, duplicate activity names and a 19 MB value were in the log. Each is
     * fed through the code the window runs (its background tasks, the store, the workshop file's reader) with the
     * log open, and the log file is read back: what failed is there, what the room said is not.
     */
    @Test
    void theLogKeepsWhatFailedButNoWorkshopContent() throws Exception {
        try {
            javafx.application.Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test started JavaFX in this JVM: the background tasks report back on it either way
        }
        SupportLog.start(dataFolder);
        String hugeValue = "Confidential layoffs " + "q".repeat(19_000_000);
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        try (H2WorkshopStore store = H2WorkshopStore.open(dataFolder)) {
            long id = store.create(new TemplateCatalog().newWorkshop(TemplateCatalog.CIO_CMO, "Project Nightingale",
                    Instant.now())).id();
            java.util.List<AccordException> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            // the start screen's open of a workshop named at start (StartViewModel.openRequested)
            tasks.run("open the workshop", () -> store.load(WorkshopLookup.resolve(store, "Merger with Globex Corp")),
                    w -> { }, failures::add);
            // an .accord.json with the same activity twice (StartViewModel.importWorkshop)
            byte[] duplicates = ("{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"workshop\": {\"title\": \"T\","
                    + " \"groups\": [\"G\"], \"activities\": [{\"name\": \"Close the Leeds office\", \"group\": \"G\"},"
                    + " {\"name\": \"close the leeds office\", \"group\": \"G\"}]}}").getBytes(StandardCharsets.UTF_8);
            tasks.run("import the workshop file", () -> store.create(WorkshopFile.read(duplicates, Instant.now())),
                    w -> { }, failures::add);
            // the 19 MB value, where a date belongs, and a shorter one the message quotes
            for (String value : new String[] {hugeValue, hugeValue.substring(0, 60_000)}) {
                byte[] file = ("{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"workshop\": {\"title\": \"T\","
                        + " \"date\": \"" + value + "\"}}").getBytes(StandardCharsets.UTF_8);
                tasks.run("import the workshop file", () -> store.create(WorkshopFile.read(file, Instant.now())),
                        w -> { }, failures::add);
            }
            // a guide document the JSON parser cannot read: its error quotes the text it stopped at
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:" + dataFolder.resolve("accord"), "sa", "");
                 java.sql.Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO workshop_guide (workshop_id, document, format_version) VALUES (" + id
                        + ", '{Sell the Bristol plant', 1)");
            }
            tasks.run("open the workshop", () -> store.load(id), w -> { }, failures::add);
            tasks.drain();
            // Drained, the work is done; each failure still reaches the window's thread a moment later.
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> failures.size() >= 5);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertThat(failures).as("every one failed, and was reported to the window").hasSize(5);
        } finally {
            tasks.shutdown();
        }
        SupportLog.stop();

        Path log = dataFolder.resolve("logs").resolve("accord-0.log");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).contains("WARNING org.accord.ui.common.FxBackgroundTasks: Could not open the workshop")
                .contains("Could not import the workshop file").contains("org.accord.domain.AccordException")
                .contains("\tat org.accord.store.WorkshopLookup.resolve");
        for (String content : List.of("Globex", "Leeds", "Confidential", "qqqq", "Bristol", "Nightingale")) {
            assertThat(text).as(content).doesNotContainIgnoringCase(content);
        }
        assertThat(Files.size(log)).isLessThan(100_000);
    }

    @Test
    void theLogsAreReadableByTheUserAlone() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dataFolder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.createDirectories(dataFolder.resolve("logs"));
        Files.setPosixFilePermissions(dataFolder.resolve("logs"), PosixFilePermissions.fromString("rwxr-xr-x"));
        SupportLog.start(dataFolder);
        Logger.getLogger("org.accord.test").warning("something went wrong");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataFolder.resolve("logs")))).isEqualTo("rwx------");
        try (var files = Files.list(dataFolder.resolve("logs"))) {
            assertThat(files.toList()).isNotEmpty().allSatisfy(f -> assertThat(PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(f))).as(f.toString()).isEqualTo("rw-------"));
        }
    }
}
