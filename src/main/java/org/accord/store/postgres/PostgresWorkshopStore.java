package org.accord.store.postgres;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.accord.store.StoreException;
import org.accord.store.jdbc.JdbcWorkshopStore;
import org.accord.store.jdbc.JdbcWorkshops;
import org.accord.store.jdbc.Migrations;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A team's shared library: the workshops in a PostgreSQL database that every facilitator opens
 * ({@code --database jdbc:postgresql://host:5432/accord}). The schema is the H2 file's, made and upgraded by the same
 * Flyway migrations; reading and writing is {@link JdbcWorkshops}, the same SQL. What is PostgreSQL's alone is here:
 * reaching the server (credentials as PostgreSQL users keep them, TLS as the URL asks), refusing a database of a
 * newer Accord, and reaching it again after the network dropped. Durability is the server's: a commit returns once
 * the server has it on disk (its default {@code synchronous_commit=on}).
 *
 * <p>One connection, used by one thread at a time (methods are synchronized), as the H2 store.
 */
public final class PostgresWorkshopStore extends JdbcWorkshopStore {
    private static Logger log() {
        return Logger.getLogger(PostgresWorkshopStore.class.getName());
    }

    /** The name of PostgreSQL's own migrations folder ({@link Migrations#engineFolder}). */
    public static final String ENGINE = "postgres";
    static final String URL_PREFIX = "jdbc:postgresql:";
    /** The sentence every refusal at open ends with: how to go back to the local library. */
    public static final String GO_BACK = ServerFailure.GO_BACK;

    private final String url;
    private final Properties properties;
    private final String where;
    private final String user;
    private final JdbcWorkshops workshops;
    private Connection connection;
    /** A transaction failed: before the next one the connection is checked, and made again if the server dropped it. */
    private boolean connectionSuspect;
    private boolean closed;

    private PostgresWorkshopStore(String url, Properties properties, String where, String user, Connection connection,
                                  boolean readOnly, Clock clock) {
        this.url = url;
        this.properties = properties;
        this.where = where;
        this.user = user;
        this.connection = connection;
        this.workshops = new JdbcWorkshops(PostgresDialect.INSTANCE, new Host(), where, readOnly, clock);
    }

    /** True when {@code database} names a PostgreSQL database (a JDBC URL this store opens). */
    public static boolean isPostgresUrl(String database) {
        return database != null && database.startsWith(URL_PREFIX);
    }

    /**
     * Opens the library, creating or upgrading its schema if needed.
     *
     * @throws StoreException when the server cannot be reached, refuses the credentials, has no such database, or
     *                        holds a library of a newer Accord; the message says which and what to do
     */
    public static PostgresWorkshopStore open(String url, PostgresCredentials credentials, Clock clock) {
        return open(url, credentials, clock, false);
    }

    /** {@link #open}, for a command that only reads: every change is refused. */
    public static PostgresWorkshopStore openForReading(String url, PostgresCredentials credentials, Clock clock) {
        return open(url, credentials, clock, true);
    }

    private static PostgresWorkshopStore open(String url, PostgresCredentials credentials, Clock clock,
                                              boolean readOnly) {
        if (!isPostgresUrl(url)) {
            throw new StoreException("The --database option takes a PostgreSQL address such as "
                    + "jdbc:postgresql://server:5432/accord; " + describe(url) + " is not one.");
        }
        String where = describe(url);
        Properties properties = credentials.properties();
        // A server that does not answer is said within seconds, not after the system's TCP timeout (minutes).
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("loginTimeout", "15");
        properties.setProperty("tcpKeepAlive", "true");
        // A network that drops without a word (a laptop's Wi-Fi gone) fails a save within half a minute, not after
        // the system's TCP timeouts; the edits stay in the session for the next save.
        properties.setProperty("socketTimeout", "30");
        properties.setProperty("ApplicationName", "Accord");
        // The user as the driver will take it: the URL's user= wins over PGUSER and the login name.
        Properties effective = org.postgresql.Driver.parseURL(url, properties);
        String user = effective == null ? credentials.user() : effective.getProperty("user", credentials.user());
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            log().log(Level.WARNING, "Could not connect to " + where, e);
            throw ServerFailure.atOpen(where, user, e);
        }
        try {
            int found = Migrations.schemaVersion(connection);
            if (found > Migrations.LATEST_SCHEMA_VERSION) {
                throw new StoreException(where + " was last upgraded by a newer Accord (its workshops are at version "
                        + found + "; this Accord knows up to " + Migrations.LATEST_SCHEMA_VERSION + "). Update "
                        + "Accord to open it; nothing in it was changed." + ServerFailure.GO_BACK);
            }
            if (found < Migrations.LATEST_SCHEMA_VERSION) {
                // Flyway takes PostgreSQL's advisory lock: two Accords upgrading at once run the migrations once.
                Migrations.flyway(ENGINE, PostgresDialect.INSTANCE, dataSource(url, properties)).migrate();
            }
            connection.setAutoCommit(false);
            return new PostgresWorkshopStore(url, properties, where, user, connection, readOnly, clock);
        } catch (StoreException e) {
            closeQuietly(connection);
            throw e;
        } catch (SQLException | FlywayException e) {
            closeQuietly(connection);
            log().log(Level.WARNING, "Could not open " + where, e);
            throw ServerFailure.atOpen(where, user, e);
        }
    }

    private static PGSimpleDataSource dataSource(String url, Properties properties) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        if (source.getUser() == null) { // as for the connection: what the URL says wins
            source.setUser(properties.getProperty("user"));
        }
        if (source.getPassword() == null && properties.containsKey("password")) {
            source.setPassword(properties.getProperty("password"));
        }
        return source;
    }

    /**
     * The library as messages and the log name it: "the team's library at host:5432/accord", without the URL's
     * parameters (a password may be among them).
     */
    public static String describe(String url) {
        if (url == null) {
            return "(none)";
        }
        String rest = url.startsWith(URL_PREFIX) ? url.substring(URL_PREFIX.length()) : url;
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        if (rest.startsWith("//")) {
            try {
                URI uri = URI.create("postgresql:" + rest);
                String host = uri.getHost() == null ? "localhost" : uri.getHost();
                String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
                return "the team's library at " + host + port + (uri.getPath() == null ? "" : uri.getPath());
            } catch (IllegalArgumentException e) {
                return "the team's library at " + rest.substring(2);
            }
        }
        return "the team's library " + rest;
    }

    @Override
    public boolean isShared() {
        return true;
    }

    /** The library as messages name it. */
    public String where() {
        return where;
    }

    // ---- the workshops: JdbcWorkshops does the SQL, inside the transactions of this store's connection ----

    @Override
    public synchronized org.accord.domain.round.Round closeRound(long workshopId, String name,
            java.util.List<org.accord.domain.round.SignOff> signOffs) {
        return workshops.closeRound(workshopId, name, signOffs);
    }

    @Override
    public synchronized org.accord.domain.round.Round closeRound(long workshopId, int afterRound, String closedBy,
            String name, java.util.List<org.accord.domain.round.SignOff> signOffs) {
        return workshops.closeRound(workshopId, afterRound, closedBy, name, signOffs);
    }

    @Override
    public synchronized java.util.List<org.accord.domain.Presence> markOpen(long workshopId, java.util.UUID opening,
            org.accord.domain.Presence me) {
        return workshops.markOpen(workshopId, opening, me);
    }

    @Override
    public synchronized void markClosed(java.util.UUID opening) {
        workshops.markClosed(opening);
    }

    @Override
    public synchronized java.util.Map<Long, java.util.List<org.accord.domain.Presence>> openNow() {
        return workshops.openNow();
    }

    @Override
    public synchronized java.util.Map<String, java.time.Instant> lastChanged(long workshopId, java.time.Instant after,
            java.time.Instant until) {
        return workshops.lastChanged(workshopId, after, until);
    }

    @Override
    protected JdbcWorkshops workshops() {
        return workshops;
    }

    /** How {@link JdbcWorkshops} reaches the server: a connection checked, and made again, after a failure. */
    private final class Host implements JdbcWorkshops.Host {
        @Override
        public Connection connection() {
            reconnectIfLost();
            return connection;
        }

        @Override
        public void failed() {
            connectionSuspect = true;
        }

        @Override
        public void committed(long sequence) {
            // Not called: see countsEdits.
        }

        /** The server keeps what it committed; each workshop's own version (edit_version) is what saves check. */
        @Override
        public boolean countsEdits() {
            return false;
        }
    }

    /**
     * After a failed transaction, checks the connection and makes a new one if the server dropped it (restarted, or
     * the network went away and came back): without this, every later save failed until Accord was started again.
     */
    private void reconnectIfLost() {
        if (closed) {
            throw new IllegalStateException("The library is closed");
        }
        if (!connectionSuspect) {
            return;
        }
        try {
            if (connection.isValid(2)) {
                connectionSuspect = false;
                return;
            }
        } catch (SQLException e) {
            log().log(Level.FINE, "The connection to " + where + " is gone; connecting again", e);
        }
        closeQuietly(connection);
        try {
            Connection fresh = DriverManager.getConnection(url, properties);
            fresh.setAutoCommit(false);
            connection = fresh;
            connectionSuspect = false;
            log().info("Connected to " + where + " again");
        } catch (SQLException e) {
            log().log(Level.WARNING, "Could not connect to " + where + " again", e);
            throw new StoreException(ServerFailure.isConnectionLost(e)
                    ? "Not saved: " + where + " cannot be reached. Check the network; Accord tries again at your "
                    + "next change." : ServerFailure.atOpen(where, user, e).getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log().log(Level.FINE, "Closing the connection", e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(connection);
    }
}
