package org.accord.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;
import org.accord.store.StoreException;
import org.accord.store.WorkshopSummary;
import org.accord.store.jdbc.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is PostgreSQL's alone: the schema made by the migrations on an empty database, the credentials as PostgreSQL
 * users keep them, and every refusal at open said in a facilitator's words (no driver text).
 */
class PostgresWorkshopStoreTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private final RealPostgres server = RealPostgres.server();
    private final TemplateCatalog catalog = new TemplateCatalog();

    @TempDir
    Path folder;

    @Test
    void theMigrationsCreateTheSchemaOnAnEmptyDatabaseAndItValidates() throws Exception {
        String url = server.newEmptyDatabase();
        try (PostgresWorkshopStore store = PostgresWorkshopStore.open(url, RealPostgres.credentials(), CLOCK)) {
            Workshop saved = store.create(catalog.newWorkshop(TemplateCatalog.CIO_CMO, "First", Instant.now()));
            assertThat(store.list()).extracting(WorkshopSummary::title).containsExactly("First");
            assertThat(store.load(saved.id())).isEqualTo(saved);
        }
        List<String> versions = new ArrayList<>();
        try (Connection c = server.connect(RealPostgres.databaseOf(url)); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM flyway_schema_history WHERE success"
                     + " AND version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        assertThat(versions).containsExactly("1", "2", "3", "4", "5", "6");
        // The checksums recorded are those of the files this Accord has: Flyway's validate finds nothing to say.
        var source = new org.postgresql.ds.PGSimpleDataSource();
        source.setURL(url);
        source.setUser(RealPostgres.USER);
        source.setPassword(RealPostgres.PASSWORD);
        assertThat(Migrations.flyway(PostgresWorkshopStore.ENGINE, org.accord.store.postgres.PostgresDialect.INSTANCE, source).validateWithResult().validationSuccessful)
                .isTrue();
    }

    @Test
    void theSameMigrationsMakeTheSameTablesAndColumnsAsInTheH2File() throws Exception {
        String url = server.newAccordDatabase();
        PostgresWorkshopStore.open(url, RealPostgres.credentials(), CLOCK).close();
        Path h2 = folder.resolve("h2");
        org.accord.store.h2.H2WorkshopStore.open(h2).close();
        List<String> postgres = columns(server.connect(RealPostgres.databaseOf(url)), "public");
        List<String> embedded = columns(java.sql.DriverManager.getConnection("jdbc:h2:file:" + h2.resolve("accord"),
                "sa", ""), "PUBLIC");
        assertThat(postgres).isNotEmpty().containsExactlyElementsOf(embedded);
    }

    /** Every table.column of a schema, lower case, sorted (Flyway's own table left out). */
    private static List<String> columns(Connection connection, String schema) throws Exception {
        List<String> found = new ArrayList<>();
        try (connection; ResultSet rs = connection.getMetaData().getColumns(null, schema, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase();
                if (!table.equals("flyway_schema_history")) {
                    found.add(table + "." + rs.getString("COLUMN_NAME").toLowerCase());
                }
            }
        }
        found.sort(null);
        return found;
    }

    @Test
    void aServerThatCannotBeReachedIsRefusedWithAClearMessage() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/accord";
        assertThatThrownBy(() -> PostgresWorkshopStore.open(url, RealPostgres.credentials(), CLOCK))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Accord cannot reach the team's library at 127.0.0.1:" + closedPort + "/accord")
                .hasMessageContaining("start Accord without --database")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Connection refused", "PSQL", "SQL"));
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessageAndNeverLogged() {
        String url = server.newAccordDatabase();
        List<String> logged = new ArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                java.io.StringWriter trace = new java.io.StringWriter();
                if (record.getThrown() != null) {
                    record.getThrown().printStackTrace(new java.io.PrintWriter(trace));
                }
                logged.add(record.getMessage() + trace);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger accordLog = java.util.logging.Logger.getLogger("org.accord");
        accordLog.addHandler(handler);
        try {
            assertThatThrownBy(() -> PostgresWorkshopStore.open(url,
                    PostgresCredentials.of(RealPostgres.USER, "not-the-password"), CLOCK));
        } finally {
            accordLog.removeHandler(handler);
        }
        assertThat(logged).as("the failure is logged for support").isNotEmpty()
                .noneMatch(line -> line.contains("not-the-password"));
        assertThatThrownBy(() -> PostgresWorkshopStore.open(url,
                PostgresCredentials.of(RealPostgres.USER, "not-the-password"), CLOCK))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("refused user \"accord\": the user name or password is wrong or missing")
                .hasMessageContaining("~/.pgpass").hasMessageContaining("PGPASSWORD")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-the-password", "FATAL", "SQL"));
        assertThatThrownBy(() -> PostgresWorkshopStore.open(url, PostgresCredentials.of("nobody", "x"), CLOCK))
                .hasMessageContaining("refused user \"nobody\"");
    }

    @Test
    void aDatabaseThatDoesNotExistIsNamedAsSuch() {
        assertThatThrownBy(() -> PostgresWorkshopStore.open(server.url("no_such_library"), RealPostgres.credentials(),
                CLOCK)).isInstanceOf(StoreException.class).hasMessageContaining("has no such database")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("FATAL", "SQL"));
    }

    @Test
    void aLibraryOfANewerAccordIsRefusedAndLeftUntouched() throws Exception {
        String url = server.newAccordDatabase();
        try (Connection c = server.connect(RealPostgres.databaseOf(url)); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL',"
                    + " 'V99__from_the_future.sql', 0, 'accord', 1, TRUE)");
        }
        assertThatThrownBy(() -> PostgresWorkshopStore.open(url, RealPostgres.credentials(), CLOCK))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("was last upgraded by a newer Accord")
                .hasMessageContaining("Update Accord to open it; nothing in it was changed");
        try (Connection c = server.connect(RealPostgres.databaseOf(url)); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM flyway_schema_history")) {
            rs.next();
            assertThat(rs.getInt(1)).as("no migration ran, nothing was repaired").isEqualTo(7);
        }
    }

    @Test
    void aPasswordInThePgpassFileIsUsed() throws Exception {
        String url = server.newAccordDatabase();
        Path pgpass = folder.resolve("pgpass");
        Files.writeString(pgpass, "127.0.0.1:" + server.port() + ":*:" + RealPostgres.USER + ":"
                + RealPostgres.PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        // The driver's own setting for the file (what PGPASSFILE says for a user; ~/.pgpass when neither is set).
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try (PostgresWorkshopStore store = PostgresWorkshopStore.open(url,
                PostgresCredentials.of(RealPostgres.USER, null), CLOCK)) {
            assertThat(store.list()).isEmpty();
        } finally {
            System.clearProperty("org.postgresql.pgpassfile");
        }
    }

    @Test
    void theEnvironmentGivesUserAndPasswordAsForPsqlAndToStringHidesThePassword() {
        PostgresCredentials fromEnvironment = PostgresCredentials.fromEnvironment(
                Map.of("PGUSER", "facilitator", "PGPASSWORD", "s3cret"));
        assertThat(fromEnvironment.properties()).containsEntry("user", "facilitator")
                .containsEntry("password", "s3cret");
        assertThat(fromEnvironment.toString()).doesNotContain("s3cret");
        assertThat(PostgresCredentials.fromEnvironment(Map.of()).properties()).doesNotContainKey("password");
    }

    @Test
    void messagesNameTheLibraryWithoutTheAddressesParameters() {
        assertThat(PostgresWorkshopStore.describe(
                "jdbc:postgresql://db.example.com:5432/accord?sslmode=verify-full&password=hunter2"))
                .isEqualTo("the team's library at db.example.com:5432/accord");
        assertThatThrownBy(() -> PostgresWorkshopStore.open("jdbc:mysql://x/accord", RealPostgres.credentials(),
                CLOCK)).isInstanceOf(StoreException.class).hasMessageContaining("takes a PostgreSQL address");
    }

    @Test
    void aServerThatWentAwayIsSaidNotSavedAndTheNextSaveAfterItIsBackWorks() {
        String url = server.newAccordDatabase();
        try (PostgresWorkshopStore store = PostgresWorkshopStore.open(url, RealPostgres.credentials(), CLOCK)) {
            Workshop w = store.create(catalog.newWorkshop(TemplateCatalog.CIO_CMO, "Network", Instant.now()));
            Workshop edited = w.withLetter(w.activities().get(0).id(), w.roles().get(0).id(), Raci.A);
            server.stop();
            try {
                assertThatThrownBy(() -> store.save(w, edited)).isInstanceOf(StoreException.class)
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SQL", "PSQL", "I/O error"));
                assertThatThrownBy(() -> store.save(w, edited)).isInstanceOf(StoreException.class)
                        .hasMessageStartingWith("Not saved: the team's library at 127.0.0.1:" + server.port())
                        .hasMessageContaining("cannot be reached");
            } finally {
                server.startAgain();
            }
            store.save(w, edited);
            assertThat(store.load(w.id())).isEqualTo(edited);
        }
    }
}
