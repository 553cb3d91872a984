package org.accord.store.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Accord's schema, the same for every engine: the Flyway migrations under {@link #COMMON}, which every engine runs,
 * and one folder per engine for what an engine could not run as first written. Only V3 is there: it was written for
 * H2 alone (CHARACTER LARGE OBJECT), and H2 files already out there hold its checksum, so its text stays as it was in
 * the H2 folder and PostgreSQL has its twin (docs/decisions/0016). Every later migration goes in {@link #COMMON}
 * and is written in SQL both engines run; the store contract tests run them on both.
 */
public final class Migrations {
    /** The version of the newest migration; a test keeps the two in step. */
    public static final int LATEST_SCHEMA_VERSION = 6;
    /** The migrations every engine runs. */
    public static final String COMMON = "org/accord/store/migration";

    /** Set before Flyway runs; held here because Java's logging keeps its loggers (and their levels) weakly. */
    private static final class FlywayLogLevels {
        static final Logger FLYWAY = Logger.getLogger("org.flywaydb");
        static final Logger VERSION_CHECK = Logger.getLogger("org.flywaydb.core.internal.database.base.Database");

        static void set() {
            // Flyway reports every migration at INFO; only its warnings matter to a facilitator's log.
            FLYWAY.setLevel(Level.WARNING);
            // It warns at every start that H2 2.5 is newer than Flyway has verified; tested here, not worth a line.
            VERSION_CHECK.setLevel(Level.SEVERE);
        }
    }

    private Migrations() {
    }

    /** The folder of an engine's own migrations, e.g. {@code org/accord/store/h2/migration}. */
    public static String engineFolder(String engine) {
        return "org/accord/store/" + engine + "/migration";
    }

    /** Flyway's locations for one engine: the common migrations and the engine's own. */
    public static String[] locations(String engine) {
        return new String[] {"classpath:" + COMMON, "classpath:" + engineFolder(engine)};
    }

    /**
     * Flyway, set up for one engine's database. The dialect fills the placeholders of the common migrations with
     * the engine's names for a type (V4's {@code ${large_text}}), so one text serves both engines.
     */
    public static Flyway flyway(String engine, SqlDialect dialect, DataSource dataSource) {
        FlywayLogLevels.set();
        return Flyway.configure().dataSource(dataSource).locations(locations(engine))
                .placeholders(dialect.migrationPlaceholders()).load();
    }

    /** Flyway, set up for one engine's database reached by URL (see the other). */
    public static Flyway flyway(String engine, SqlDialect dialect, String url, String user, String password) {
        FlywayLogLevels.set();
        return Flyway.configure().dataSource(url, user, password).locations(locations(engine))
                .placeholders(dialect.migrationPlaceholders()).load();
    }

    /** The schema version Flyway last applied to this database, or 0 for a new (empty) one. */
    public static int schemaVersion(Connection connection) throws SQLException {
        if (!hasTable(connection, "flyway_schema_history")) {
            return 0;
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            int newest = 0;
            while (rs.next()) {
                newest = Math.max(newest, Integer.parseInt(rs.getString(1)));
            }
            return newest;
        }
    }

    /** True when the connection's current schema has this table (its name as created, case and all). */
    public static boolean hasTable(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), table, null)) {
            return rs.next();
        }
    }
}
