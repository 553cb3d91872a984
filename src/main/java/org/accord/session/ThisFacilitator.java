package org.accord.session;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import org.accord.domain.Presence;

/**
 * Who is at this computer, as other facilitators of a team's library see them ("maria on LAPTOP-7"): the name set
 * with {@code ACCORD_FACILITATOR} (or the system property {@code accord.facilitator}), else the computer's login
 * name; and the computer's host name. Asked on the database's thread: looking up the host name may wait for the
 * network.
 */
public final class ThisFacilitator {
    /** The environment variable a facilitator sets to be named otherwise than by their login. */
    public static final String NAME_VARIABLE = "ACCORD_FACILITATOR";
    public static final String NAME_PROPERTY = "accord.facilitator";

    private static volatile String host;

    private ThisFacilitator() {
    }

    public static String name() {
        String chosen = System.getProperty(NAME_PROPERTY);
        if (chosen == null || chosen.isBlank()) {
            chosen = System.getenv(NAME_VARIABLE);
        }
        if (chosen == null || chosen.isBlank()) {
            chosen = System.getProperty("user.name", "");
        }
        return chosen.strip();
    }

    /** The computer's name, looked up once; empty if it cannot be had. */
    public static String host() {
        String known = host;
        if (known == null) {
            known = lookUpHost();
            host = known;
        }
        return known;
    }

    private static String lookUpHost() {
        for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException | SecurityException e) {
            return "";
        }
    }

    /** This facilitator with a workshop opened at {@code openedAt}. */
    public static Presence openedAt(Instant openedAt) {
        return new Presence(name(), host(), openedAt);
    }
}
