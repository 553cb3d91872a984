package org.accord.store.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, started by the tests themselves: Debian's {@code postgresql} package's
 * binaries, {@code initdb} into a temporary folder and {@code pg_ctl start} on a free port of 127.0.0.1. One server per
 * test JVM, started at first use and stopped when the JVM ends; every test takes a database of its own, copied from a
 * template that is migrated once.
 *
 * <p>PostgreSQL refuses to run as root, and CI runs as root: then the server runs as the {@code postgres} user (which
 * the Debian package creates) through {@code runuser}. A missing PostgreSQL fails the test with what to install; it is
 * never skipped (docs/decisions/0016).
 */
public final class RealPostgres {
    /** The server's superuser and its password (the server asks for it on TCP: scram-sha-256). */
    public static final String USER = "accord";
    public static final String PASSWORD = "accord-test-password";

    private static RealPostgres running;
    private static RealPostgres durable;

    private final Path folder;
    private final Path bin;
    private final int port;
    private final boolean asPostgresUser;
    private final AtomicInteger databases = new AtomicInteger();
    private final Object templateLock = new Object();
    private boolean templateReady;

    /** True for a server that writes every commit to disk before it returns (the benchmark's). */
    private final boolean durableCommits;

    private RealPostgres(Path folder, Path bin, int port, boolean asPostgresUser, boolean durableCommits) {
        this.durableCommits = durableCommits;
        this.folder = folder;
        this.bin = bin;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The server of this JVM, started at the first call. */
    public static synchronized RealPostgres server() {
        if (running == null) {
            running = start(false);
        }
        return running;
    }

    /**
     * A server of this JVM with PostgreSQL's default durability (fsync, synchronous commit, full-page writes): a
     * commit returns once it is on disk, as on a team's real server. The benchmark's; the tests need no durability.
     */
    public static synchronized RealPostgres durableServer() {
        if (durable == null) {
            durable = start(true);
        }
        return durable;
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of a database on this server (no credentials in it). */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /**
     * A new empty database, for a test of its own; its URL. Nothing is migrated: the store creates the schema.
     */
    public String newEmptyDatabase() {
        String name = "empty_" + databases.incrementAndGet();
        admin("CREATE DATABASE " + name);
        return url(name);
    }

    /**
     * A new database with Accord's schema already in it (copied from a template migrated once, so that a test does
     * not pay Flyway's start each time); its URL.
     */
    public String newAccordDatabase() {
        synchronized (templateLock) {
            if (!templateReady) {
                admin("CREATE DATABASE accord_template");
                PostgresWorkshopStore.open(url("accord_template"), credentials(), java.time.Clock.systemUTC()).close();
                templateReady = true;
            }
            String name = "accord_" + databases.incrementAndGet();
            admin("CREATE DATABASE " + name + " TEMPLATE accord_template");
            return url(name);
        }
    }

    /** The test server's password, as PGPASSWORD would give it. */
    public static PostgresCredentials credentials() {
        return PostgresCredentials.of(USER, PASSWORD);
    }

    /** Runs one statement as the superuser on the maintenance database. */
    public void admin(String sql) {
        try (Connection c = connect("postgres"); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test PostgreSQL: " + sql + " failed", e);
        }
    }

    /** A plain JDBC connection as the superuser, for a test to look at the tables itself. */
    public Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", USER);
        p.setProperty("password", PASSWORD);
        return DriverManager.getConnection(url(database), p);
    }

    /** A database's name from its URL. */
    public static String databaseOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** Stops the server (a fast shutdown: clients are disconnected) and keeps its files, to start it again. */
    public void stop() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "stop"), 60);
    }

    /** Starts the server again on the same port, after {@link #stop}. */
    public void startAgain() {
        startServer(bin, folder, port, asPostgresUser, durableCommits);
    }

    private Path data() {
        return folder.resolve("data");
    }

    private static RealPostgres start(boolean durableCommits) {
        Path bin = binaries();
        boolean asPostgresUser = "root".equals(System.getProperty("user.name"));
        try {
            // As root, under /tmp (every user may enter it), not a temporary folder inside root's home.
            Path folder = asPostgresUser ? Files.createTempDirectory(Path.of("/tmp"), "accord-pg-")
                    : Files.createTempDirectory("accord-pg-");
            Path passwordFile = folder.resolve("password");
            Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
            if (asPostgresUser) {
                exec(List.of("chown", "-R", "postgres:postgres", folder.toString()), 30);
            }
            // trust for the Unix socket (only this test's user reaches it: the folder is the socket's), a password
            // on TCP, which is how Accord connects. No fsync: a test server needs no durability (the benchmark's does).
            List<String> initdb = List.of(bin.resolve("initdb").toString(), "-D", folder.resolve("data").toString(),
                    "-U", USER, "--pwfile=" + passwordFile, "--auth-local=trust", "--auth-host=scram-sha-256",
                    "-E", "UTF8", "--locale=C", "--no-sync");
            run(asPostgresUser, initdb, 120);
            int port = freePort();
            RealPostgres server = new RealPostgres(folder, bin, port, asPostgresUser, durableCommits);
            startServer(bin, folder, port, asPostgresUser, durableCommits);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopAndDelete, "Stop the test PostgreSQL"));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Test PostgreSQL could not be set up", e);
        }
    }

    private static void startServer(Path bin, Path folder, int port, boolean asPostgresUser, boolean durableCommits) {
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -k " + folder + " -c max_connections=60"
                + (durableCommits ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        run(asPostgresUser, List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(),
                "-l", folder.resolve("server.log").toString(), "-o", options, "-w", "-t", "60", "start"), 90);
    }

    private void stopAndDelete() {
        try {
            run(asPostgresUser, List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate",
                    "-w", "stop"), 30);
        } catch (RuntimeException e) {
            // the JVM is ending: a server already stopped is fine
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the run for
        }
    }

    private void run(List<String> command, int seconds) {
        run(asPostgresUser, command, seconds);
    }

    private static void run(boolean asPostgresUser, List<String> command, int seconds) {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        exec(full, seconds);
    }

    private static void exec(List<String> command, int seconds) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(seconds, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("Test PostgreSQL: " + String.join(" ", command) + " failed:\n"
                        + new String(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Test PostgreSQL: cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /**
     * PostgreSQL's server programs: {@code ACCORD_PG_BIN} if set, else the newest Debian/Ubuntu version under
     * /usr/lib/postgresql, else Homebrew's and the usual Linux places.
     */
    static Path binaries() {
        String configured = System.getenv("ACCORD_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        List<Path> candidates = new ArrayList<>();
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.map(v -> v.resolve("bin"))
                        .sorted(Comparator.comparing((Path v) -> versionOf(v.getParent())).reversed())
                        .forEach(candidates::add);
            } catch (IOException e) {
                // fall through to the other places
            }
        }
        candidates.addAll(List.of(Path.of("/usr/local/bin"), Path.of("/opt/homebrew/bin"), Path.of("/usr/bin")));
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate.resolve("initdb")) && Files.isExecutable(candidate.resolve("pg_ctl"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("The store tests need PostgreSQL's server programs (initdb, pg_ctl) and "
                + "found none: install them (Debian/Ubuntu: apt-get install postgresql; macOS: brew install "
                + "postgresql), or set ACCORD_PG_BIN to their folder.");
    }

    private static int versionOf(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
