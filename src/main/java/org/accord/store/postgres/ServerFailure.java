package org.accord.store.postgres;

import java.sql.SQLException;
import org.accord.store.StoreException;

/**
 * Turns what the PostgreSQL driver throws into a message for the facilitator: which library, what went wrong in their
 * words, what to do. The driver's own text (and its SQLSTATE) stays in the cause, which goes to the support log.
 */
final class ServerFailure {
    /** Said after every refusal at open: the local library is always there to go back to. */
    static final String GO_BACK = " To work on your own workshops meanwhile, start Accord without --database.";

    private ServerFailure() {
    }

    /**
     * True when the failure says the server could not be reached or the connection to it broke: class 08, or the
     * server shutting down or starting (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now), which
     * is what a connection open at a server's restart is told first.
     */
    static boolean isConnectionLost(Throwable failure) {
        String state = sqlState(failure);
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    static StoreException atOpen(String where, String user, Throwable failure) {
        String state = sqlState(failure);
        String message;
        if (state == null) {
            message = "Accord could not open " + where + ". The support log has the details.";
        } else if (state.startsWith("08")) {
            message = "Accord cannot reach " + where + ": the server does not answer. Check the address, that you "
                    + "are on the network (or VPN) it is on, and that the server is running.";
        } else if (state.equals("28P01") || state.equals("28000")) {
            message = "The server of " + where + " refused user \"" + user + "\": the user name or password is "
                    + "wrong or missing. Accord takes the password from your ~/.pgpass file or the PGPASSWORD "
                    + "environment variable; ask whoever runs the server if it has changed.";
        } else if (state.equals("3D000")) {
            message = "The server of " + where + " has no such database. Check the name at the end of the "
                    + "--database address, or ask whoever runs the server to create it.";
        } else if (state.startsWith("42501") || state.equals("42000")) {
            message = "User \"" + user + "\" may not use " + where + ". Ask whoever runs the server to give it "
                    + "the rights the README lists.";
        } else {
            message = "Accord could not open " + where + ". " + advice(failure);
        }
        return new StoreException(message + GO_BACK, failure);
    }

    /** A short hint after a failure while the library was open. */
    static String advice(Throwable failure) {
        if (isConnectionLost(failure)) {
            return "The server cannot be reached: check the network, then try again.";
        }
        return "Try again; if it keeps failing, the support log has the details for whoever runs the server.";
    }

    static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
