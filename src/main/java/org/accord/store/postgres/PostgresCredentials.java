package org.accord.store.postgres;

import java.util.Map;
import java.util.Properties;

/**
 * Who Accord connects as, the way PostgreSQL users keep it: the user from the URL, else {@code PGUSER}, else the
 * login name; the password from the URL, else {@code PGPASSWORD}, else the {@code ~/.pgpass} file (or the file
 * {@code PGPASSFILE} names), which the driver reads itself. Accord never writes any of it to its own files or its
 * log; {@link #toString} hides the password.
 */
public final class PostgresCredentials {
    private final String user;
    private final String password;

    private PostgresCredentials(String user, String password) {
        this.user = user;
        this.password = password;
    }

    /** The user and password given (the password may be null: the driver then looks in ~/.pgpass). */
    public static PostgresCredentials of(String user, String password) {
        return new PostgresCredentials(user, password);
    }

    /** From the environment as libpq's programs (psql, pg_dump) read it: PGUSER and PGPASSWORD. */
    public static PostgresCredentials fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static PostgresCredentials fromEnvironment(Map<String, String> environment) {
        return new PostgresCredentials(blankToNull(environment.get("PGUSER")),
                blankToNull(environment.get("PGPASSWORD")));
    }

    /**
     * The driver's connection properties. What the URL says wins: pgjdbc gives properties in the URL precedence
     * over these. Without a password here the driver reads ~/.pgpass (PGPASSFILE), as libpq does.
     */
    Properties properties() {
        Properties p = new Properties();
        String name = user != null ? user : System.getProperty("user.name");
        if (name != null) {
            p.setProperty("user", name);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    /** The user name Accord connects as, for messages (unless the URL names another). */
    String user() {
        return user != null ? user : System.getProperty("user.name");
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public String toString() {
        return "user " + user() + (password == null ? ", password from ~/.pgpass" : ", password given");
    }
}
