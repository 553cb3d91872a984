package org.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.accord.store.postgres.RealPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command line on a team's library ({@code --database}) on the PostgreSQL the build starts: every command
 * works on it, the password comes from a .pgpass file and is written nowhere, and each refusal at open is one line in a
 * facilitator's words.
 */
class TeamLibraryCommandLineTest {
    private final RealPostgres server = RealPostgres.server();

    @TempDir
    Path folder;

    record Run(int exit, String out, String err) {
    }

    private final List<AccordCommand.WindowRequest> windowsOpened = new ArrayList<>();

    /** A .pgpass file with this password for the test server, as the driver's setting (PGPASSFILE for a user). */
    private void pgpass(String password) throws Exception {
        Path file = folder.resolve("pgpass");
        Files.writeString(file, "127.0.0.1:" + server.port() + ":*:" + RealPostgres.USER + ":" + password + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        System.setProperty("org.postgresql.pgpassfile", file.toString());
    }

    @AfterEach
    void forgetPgpass() {
        System.clearProperty("org.postgresql.pgpassfile");
    }

    private Run accord(String database, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data", folder.resolve("data").toString(), "--database", database));
        all.addAll(Arrays.asList(args));
        int exit = AccordCommand.run(all.toArray(String[]::new), windowsOpened::add, new PrintWriter(out),
                new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    /** The test server's database, its user named in the URL (PGUSER would do the same for a facilitator). */
    private static String asAccord(String url) {
        return url + "?user=" + RealPostgres.USER;
    }

    @Test
    void newListExportImportAndOpenWorkOnTheTeamLibrary() throws Exception {
        pgpass(RealPostgres.PASSWORD);
        String library = asAccord(server.newEmptyDatabase());
        Run created = accord(library, "new", "--title", "Team kick-off 王芳");
        assertThat(created.err()).isEmpty();
        assertThat(created.exit()).isZero();
        String id = created.out().strip();
        assertThat(accord(library, "list").out()).contains("Team kick-off 王芳");
        Path json = folder.resolve("kick-off.accord.json");
        Run exported = accord(library, "export", id, "--format", "json", "--output", json.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        Run imported = accord(library, "import", json.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isNotEqualTo(id);
        assertThat(accord(library, "list").out().lines().filter(l -> l.contains("Team kick-off 王芳"))).hasSize(2);

        assertThat(accord(library, "open", id).exit()).isZero();
        assertThat(windowsOpened).singleElement()
                .satisfies(request -> assertThat(request.database()).isEqualTo(library));

        // Nothing of the team's library, and no password, in the local data folder.
        Path data = folder.resolve("data");
        assertThat(data.resolve("accord.mv.db")).doesNotExist();
        if (Files.exists(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                            .as(file.toString()).doesNotContain(RealPostgres.PASSWORD);
                }
            }
        }
    }

    @Test
    void copyFromLocalCopiesEveryWorkshopWholeAndNothingTwice() throws Exception {
        pgpass(RealPostgres.PASSWORD);
        String library = asAccord(server.newAccordDatabase());
        java.util.List<org.accord.domain.Workshop> local = new ArrayList<>();
        try (var store = org.accord.store.h2.H2WorkshopStore.open(folder.resolve("data"))) {
            var catalog = new org.accord.catalog.TemplateCatalog();
            var first = store.create(catalog.newWorkshop(org.accord.catalog.TemplateCatalog.CIO_CMO, "Sales 2026",
                    java.time.Instant.parse("2026-03-01T09:00:00Z")));
            var edited = first.withLetter(first.activities().get(0).id(), first.roles().get(0).id(),
                    org.accord.domain.Raci.A).withGuide(first.guide().withStep(first.guide().steps().get(0).id(),
                    step -> step.withNotes("Start at ten")));
            store.save(first, edited);
            local.add(edited);
            local.add(store.create(catalog.newWorkshop(org.accord.catalog.TemplateCatalog.BLANK, "Blank one",
                    java.time.Instant.parse("2026-03-02T09:00:00Z"))));
        }
        Run copy = accord(library, "copy-from-local");
        assertThat(copy.exit()).as(copy.err()).isZero();
        assertThat(copy.out()).contains("Copied 2 of 2 workshops from your workshops in " + folder.resolve("data")
                + " to the team's library at 127.0.0.1:" + server.port());
        try (var team = org.accord.store.postgres.PostgresWorkshopStore.open(library, RealPostgres.credentials(),
                java.time.Clock.systemUTC())) {
            assertThat(team.list()).hasSize(2);
            for (var summary : team.list()) {
                var original = local.stream().filter(w -> w.title().equals(summary.title())).findFirst().orElseThrow();
                assertThat(team.load(summary.id())).isEqualTo(original.withId(summary.id()));
            }
        }
        Run again = accord(library, "copy-from-local");
        assertThat(again.out()).contains("Copied 0 of 2 workshops").contains("(2 were there already)");
        Run withoutTeam = accordLocal("copy-from-local");
        assertThat(withoutTeam.exit()).isEqualTo(2);
        assertThat(withoutTeam.err()).contains("name it with --database");
    }

    @Test
    void copyToLocalCopiesOneWorkshopOfTheTeamWholeIntoTheLocalLibraryOnce() throws Exception {
        pgpass(RealPostgres.PASSWORD);
        String library = asAccord(server.newAccordDatabase());
        org.accord.domain.Workshop edited;
        try (var team = org.accord.store.postgres.PostgresWorkshopStore.open(library, RealPostgres.credentials(),
                java.time.Clock.systemUTC())) {
            var catalog = new org.accord.catalog.TemplateCatalog();
            var saved = team.create(catalog.newWorkshop(org.accord.catalog.TemplateCatalog.CIO_CMO, "Team 2026 王芳",
                    java.time.Instant.parse("2026-03-01T09:00:00Z")));
            edited = saved.withLetter(saved.activities().get(0).id(), saved.roles().get(0).id(),
                    org.accord.domain.Raci.A).withGuide(saved.guide().withStep(saved.guide().steps().get(0).id(),
                    step -> step.withNotes("Start at ten")));
            team.save(saved, edited);
            team.create(catalog.newWorkshop(org.accord.catalog.TemplateCatalog.BLANK, "Not this one",
                    java.time.Instant.parse("2026-03-02T09:00:00Z")));
        }
        Run copy = accord(library, "copy-to-local", "Team 2026 王芳");
        assertThat(copy.exit()).as(copy.err()).isZero();
        assertThat(copy.out()).startsWith("Copied Team 2026 王芳 from the team's library at 127.0.0.1:" + server.port())
                .contains("to your workshops in " + folder.resolve("data"));
        try (var store = org.accord.store.h2.H2WorkshopStore.open(folder.resolve("data"))) {
            assertThat(store.list()).singleElement().satisfies(summary ->
                    assertThat(store.load(summary.id())).isEqualTo(edited.withId(summary.id())));
        }
        Run again = accord(library, "copy-to-local", String.valueOf(edited.id()));
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("already").contains("nothing copied");
        Run missing = accord(library, "copy-to-local", "No such workshop");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("No workshop has the id or the exact title");
        assertThat(accordLocal("copy-to-local", "x").err()).contains("name it with --database");
    }

    private Run accordLocal(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data", folder.resolve("data").toString()));
        all.addAll(Arrays.asList(args));
        int exit = AccordCommand.run(all.toArray(String[]::new), windowsOpened::add, new PrintWriter(out),
                new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void anUnreachableServerIsOneLineThatSaysSoAndHowToGoBack() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Run refused = accord("jdbc:postgresql://127.0.0.1:" + closedPort + "/accord", "list");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).startsWith("accord: Accord cannot reach the team's library at 127.0.0.1:"
                + closedPort + "/accord").contains("without --database").doesNotContain("SQL", "Exception", "\tat ");
        assertThat(refused.err().lines()).hasSize(1);
    }

    @Test
    void aWrongPasswordIsRefusedInOneLine() throws Exception {
        pgpass("wrong-password");
        Run refused = accord(asAccord(server.newAccordDatabase()), "new", "--title", "Never saved");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("refused user \"accord\"").contains("~/.pgpass")
                .doesNotContain("wrong-password", "FATAL", "SQL");
    }

    @Test
    void aLibraryOfANewerAccordIsRefusedInOneLine() throws Exception {
        pgpass(RealPostgres.PASSWORD);
        String url = server.newAccordDatabase();
        try (Connection c = server.connect(RealPostgres.databaseOf(url)); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (50, '50', 'later', 'SQL',"
                    + " 'V50__later.sql', 0, 'accord', 1, TRUE)");
        }
        Run refused = accord(asAccord(url), "list");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("was last upgraded by a newer Accord").contains("Update Accord");
    }

    @Test
    void anAddressThatIsNotPostgresqlIsRefused() {
        Run refused = accord("jdbc:mysql://server/accord", "list");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("takes a PostgreSQL address such as jdbc:postgresql://");
    }
}
