package org.accord.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A facilitator who has a workshop open in a team's library: who (the facilitator's name, by default the computer's
 * login name), on which computer, and since when. Advisory: it shows who else is at work on a workshop; it never
 * keeps anyone out (docs/decisions/0016).
 */
public record Presence(String facilitator, String host, Instant openedAt) {
    public Presence {
        facilitator = shortened(Objects.requireNonNullElse(facilitator, "").strip());
        host = shortened(Objects.requireNonNullElse(host, "").strip());
        Objects.requireNonNull(openedAt, "openedAt");
    }

    /** "maria on LAPTOP-7", or only the name when the computer is not known. */
    public String who() {
        String name = facilitator.isEmpty() ? "another facilitator" : facilitator;
        return host.isEmpty() ? name : name + " on " + host;
    }

    /** The columns hold 200 characters: a longer name (an odd login) is cut, never refused. */
    private static String shortened(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200);
    }
}
