package org.accord.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Edit;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Side;
import org.accord.domain.ValidationException;
import org.accord.domain.Workshop;
import org.accord.domain.WorkshopDetails;
import org.accord.session.WorkshopSession;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.store.jdbc.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2WorkshopStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final TemplateCatalog catalog = new TemplateCatalog();

    @TempDir
    Path data;

    /** A template workshop with names in several scripts, letters, rationale and a disputed row. */
    private Workshop richWorkshop() {
        Workshop w = catalog.newWorkshop(TemplateCatalog.CIO_CMO, "Alignment 王芳 Ελένη", Instant.parse("2026-11-22T09:00:00.123456Z"));
        w = w.withDetails(new WorkshopDetails(w.title(), "Acme Zoë", LocalDate.of(2026, 11, 22), "Łukasz", "Notes\nline two"));
        w = w.withRoleAdded(Role.create("Ольга, head of e-commerce", "Ольга", Side.MARKETING));
        Activity first = w.activities().get(0);
        w = w.withLetter(first.id(), w.roles().get(0).id(), Raci.A)
                .withLetter(first.id(), w.roles().get(1).id(), Raci.R)
                .withLetter(w.activities().get(3).id(), w.roles().get(7).id(), Raci.C)
                .withActivityChanged(first.id(), a -> a.withRationale("IT owns the platform; marketing runs it")
                        .withStatus(ActivityStatus.DISPUTED))
                .withConsultedLimit(2);
        return w;
    }

    @Test
    void migrationsCreateTheSchemaFromAnEmptyFolder() throws Exception {
        H2WorkshopStore.open(data.resolve("new")).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("new/accord"), "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("1");
            assertThat(rs.getBoolean(2)).isTrue();
        }
    }

    @Test
    void theLatestSchemaVersionConstantMatchesTheNewestMigrationFile() throws Exception {
        int newest = 0;
        for (String folder : List.of(Migrations.COMMON, Migrations.engineFolder(H2WorkshopStore.ENGINE),
                Migrations.engineFolder("postgres"))) {
            newest = Math.max(newest, versions(folder).stream().mapToInt(Integer::intValue).max().orElse(0));
        }
        assertThat(H2WorkshopStore.LATEST_SCHEMA_VERSION).isEqualTo(Migrations.LATEST_SCHEMA_VERSION).isEqualTo(newest);
    }

    /**
     * An engine's own folder holds only twins of one another's migrations (V3, written for H2 alone before there was
     * a second engine): a version in one and not the other would leave the two schemas different.
     */
    @Test
    void bothEnginesHaveTheSameVersionsAndOnlyTheCommonFolderGrows() throws Exception {
        assertThat(versions(Migrations.engineFolder(H2WorkshopStore.ENGINE)))
                .isEqualTo(versions(Migrations.engineFolder("postgres"))).containsExactly(3);
        assertThat(versions(Migrations.COMMON)).doesNotContain(3);
    }

    private List<Integer> versions(String folder) throws Exception {
        var path = Path.of(getClass().getResource("/" + folder).toURI());
        try (var files = Files.list(path)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).sorted().toList();
        }
    }

    /**
     * The checksums Flyway recorded in every H2 file Accord has written so far (V1 to V3, as released). Any edit to
     * those files' text, or a move that changed their bytes, would make every such file fail Flyway's validation at
     * the next migration: they must never change (docs/decisions/0016).
     */
    private static final java.util.Map<String, Integer> RELEASED_CHECKSUMS = java.util.Map.of(
            "1", -802899779, "2", -1653527199, "3", 174644625);

    @Test
    void theReleasedMigrationsKeepTheChecksumsH2FilesOutThereHold() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("accord");
        var flyway = Migrations.flyway(H2WorkshopStore.ENGINE, org.accord.store.h2.H2Dialect.INSTANCE, url, "sa", "");
        flyway.migrate();
        for (var applied : flyway.info().applied()) {
            String version = applied.getVersion().getVersion();
            if (RELEASED_CHECKSUMS.containsKey(version)) {
                assertThat(applied.getChecksum()).as("V" + version).isEqualTo(RELEASED_CHECKSUMS.get(version));
            }
        }
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void aFileFromTheFirstVersionIsMigratedAndKeepsItsWorkshops() throws Exception {
        // Build a version-1 file as the first release wrote it: Flyway with only V1.
        String url = "jdbc:h2:file:" + data.resolve("accord");
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "")
                .locations(Migrations.locations(H2WorkshopStore.ENGINE)).target("1").load().migrate();
        try (var c = java.sql.DriverManager.getConnection(url, "sa", ""); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO workshop (title, organization, facilitator, notes, consulted_limit, created_at,"
                    + " last_edited_at) VALUES ('Old one', '', '', '', 3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        // Opened only to read, a file that needs a newer schema is still migrated first: reading needs it.
        try (H2WorkshopStore store = H2WorkshopStore.openForReading(data)) {
            assertThat(store.list()).extracting(WorkshopSummary::title).containsExactly("Old one");
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            assertThat(store.list()).extracting(WorkshopSummary::title).containsExactly("Old one");
            assertThat(store.editSequence()).isZero();
            store.rename(store.list().get(0).id(), "Old one, renamed");
            assertThat(store.editSequence()).isEqualTo(1);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} bytes of something else")
    @org.junit.jupiter.params.provider.ValueSource(ints = {100, 7_000, 9_200, 65_536})
    void aDamagedFileGivesAMessageNamingItAndSayingWhatToDo(int size) throws Exception {
        byte[] junk = new byte[size];
        new java.util.Random(size).nextBytes(junk);
        Files.write(data.resolve("accord.mv.db"), junk);
        assertThatThrownBy(() -> H2WorkshopStore.open(data))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(data.resolve("accord.mv.db").toString() + " is damaged")
                .hasMessageContaining("A copy of the damaged file is kept at " + data.resolve("backups"))
                .message().doesNotContain("SQL").doesNotContain("Exception").doesNotContain("H2");
    }

    @Test
    void anEmptyFileIsReportedAsDamagedNotOpenedAsNoWorkshops() throws Exception {
        Files.createFile(data.resolve("accord.mv.db"));
        assertThatThrownBy(() -> H2WorkshopStore.open(data))
                .isInstanceOf(DamagedStoreException.class).hasMessageContaining("is damaged: it is empty (0 bytes)");
    }

    @Test
    void aMissingDataFolderIsCreatedReadableOnlyByTheUser() throws Exception {
        Path folder = data.resolve("new/nested/accord");
        H2WorkshopStore.open(folder).close();
        assertThat(folder.resolve("accord.mv.db")).exists();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
    }

    @Test
    void aReadOnlyDataFolderIsReported() throws Exception {
        // Root may write anywhere: as root (CI) the folder is made immutable instead, so the promise is tested there too.
        Path folder = Files.createDirectory(data.resolve("read-only"));
        try (org.accord.testing.ReadOnlyFolder readOnly = org.accord.testing.ReadOnlyFolder.of(folder)) {
            assertThatThrownBy(() -> H2WorkshopStore.open(folder))
                    .isInstanceOf(StoreException.class).hasMessageContaining("cannot write to its data folder");
            assertThat(readOnly.unchanged()).isTrue();
        }
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsReported() throws Exception {
        Path aFile = Files.createFile(data.resolve("not-a-folder"));
        // It used to say "cannot create ... check that the disk is there": the file in the way is named instead.
        assertThatThrownBy(() -> H2WorkshopStore.open(aFile.resolve("accord")))
                .isInstanceOf(StoreException.class)
                .hasMessage("The data folder " + aFile.resolve("accord") + " cannot be made: " + aFile
                        + " is a file, not a folder. Choose a folder with --data, or move the file away.");
        assertThatThrownBy(() -> H2WorkshopStore.openForReading(aFile))
                .isInstanceOf(StoreException.class).hasMessageContaining(aFile + " is a file, not a folder.");
    }

    @Test
    void openingOnlyToReadChangesNoFileTakesNoBackupAndRefusesChanges() throws Exception {
        Workshop saved;
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            saved = store.create(richWorkshop());
        }
        Path databaseFile = data.resolve("accord.mv.db");
        byte[] before = Files.readAllBytes(databaseFile);
        byte[] sidecarBefore = Files.readAllBytes(data.resolve("accord.edits"));
        List<String> backupsBefore = folderListing(data.resolve("backups"));
        for (int i = 0; i < 3; i++) { // as three exports in a row would
            try (H2WorkshopStore store = H2WorkshopStore.openForReading(data)) {
                assertThat(store.list()).extracting(WorkshopSummary::id).containsExactly(saved.id());
                assertThat(store.load(saved.id())).isEqualTo(saved);
                Workshop renamed = saved.withDetails(saved.details().withTitle("Renamed"));
                assertThatThrownBy(() -> store.save(saved, renamed)).isInstanceOf(IllegalStateException.class);
                assertThatThrownBy(() -> store.rename(saved.id(), "Renamed")).isInstanceOf(IllegalStateException.class);
            }
        }
        assertThat(Files.readAllBytes(databaseFile)).as("the workshop file, byte for byte").isEqualTo(before);
        assertThat(Files.readAllBytes(data.resolve("accord.edits"))).isEqualTo(sidecarBefore);
        assertThat(folderListing(data.resolve("backups"))).as("no backup taken, none rotated out").isEqualTo(backupsBefore);
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            assertThat(store.load(saved.id())).isEqualTo(saved);
        }
    }

    private static List<String> folderListing(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSecondAccordOnTheSameFolderIsToldTheWorkshopsAreOpenElsewhere() throws Exception {
        long id;
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            id = store.create(richWorkshop()).id();
        }
        Process holder = ChildJvm.start(EditingChild.class, data.toString(), String.valueOf(id), "hold");
        try {
            ChildJvm.awaitLine(holder, "READY");
            assertThatThrownBy(() -> H2WorkshopStore.open(data))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("open in another Accord window");
            // The command line's export, while the window has the workshops open: the same message.
            assertThatThrownBy(() -> H2WorkshopStore.openForReading(data))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("open in another Accord window");
            assertThat(holder.isAlive()).as("the first Accord is unaffected").isTrue();
        } finally {
            holder.destroyForcibly().waitFor();
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            assertThat(store.list()).hasSize(1);
        }
        try (var files = Files.list(data.resolve("backups"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("the refused second open took no backup and called nothing damaged")
                    .noneMatch(n -> n.startsWith("damaged-") || n.startsWith(".pending"));
        }
    }

    /**
     * A second window was refused the database but could still restore a backup: it renamed the file under the
     * first, which went on saying "All changes saved" into a file that was no longer there (issue 21). The restore
     * is refused while another Accord has the folder, and not a file in it changes.
     */
    @Test
    void aBackupCannotBeRestoredUnderAnotherAccordThatHasTheWorkshopsOpen() throws Exception {
        long id;
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            id = store.create(richWorkshop()).id();
        }
        H2WorkshopStore.open(data).close(); // opening an existing file backs it up
        org.accord.store.backup.Backup backup = new org.accord.store.backup.Backups(data, java.time.Clock.systemUTC())
                .newest().orElseThrow();
        Path databaseFile = data.resolve(H2WorkshopStore.DATABASE_NAME + ".mv.db");
        Process holder = ChildJvm.start(EditingChild.class, data.toString(), String.valueOf(id), "hold");
        try {
            ChildJvm.awaitLine(holder, "READY");
            byte[] before = Files.readAllBytes(databaseFile);
            List<String> filesBefore = folderListing(data.resolve("backups"));
            assertThatThrownBy(() -> H2WorkshopStore.restore(data, backup, java.time.Clock.systemUTC()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("could not restore the backup")
                    .hasMessageContaining("open in another Accord window");
            assertThat(Files.readAllBytes(databaseFile)).as("the open file, untouched").isEqualTo(before);
            assertThat(folderListing(data.resolve("backups"))).as("nothing set aside or pending").isEqualTo(filesBefore);
            assertThat(holder.isAlive()).as("the first Accord is unaffected").isTrue();
        } finally {
            holder.destroyForcibly().waitFor();
        }
        // Once the other Accord is gone, the same restore goes ahead.
        try (H2WorkshopStore restored = H2WorkshopStore.restore(data, backup, java.time.Clock.systemUTC())) {
            assertThat(restored.list()).hasSize(1);
        }
    }

    /** The sidecar deleted while the store is open is written again at the next save, not into the deleted file. */
    @Test
    void aSidecarDeletedWhileOpenIsWrittenAgainAtTheNextSave() throws Exception {
        Path sidecar = data.resolve("accord.edits");
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            Workshop saved = store.create(richWorkshop());
            Files.delete(sidecar);
            store.rename(saved.id(), "Renamed after the sidecar went");
            assertThat(sidecar).as("the sidecar, written again").exists();
            assertThat(Files.size(sidecar)).isEqualTo(16);
        }
    }

    /** A copy pending from an open that never finished (the program was ended during it) is not left behind. */
    @Test
    void aCopyLeftPendingByAnEndedOpenIsDeletedAtTheNextOpen() throws Exception {
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            store.create(richWorkshop());
        }
        Files.createDirectories(data.resolve("backups"));
        Path pending = data.resolve("backups").resolve(".pending-20261202-101010-000.zip");
        Files.writeString(pending, "an unfinished copy");
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            assertThat(store.list()).hasSize(1);
        }
        assertThat(folderListing(data.resolve("backups"))).noneMatch(n -> n.startsWith(".pending"));
    }
}
