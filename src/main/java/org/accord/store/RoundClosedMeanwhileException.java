package org.accord.store;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A round was closed by another facilitator after this one last looked (both closed "Round 2" at once on a team's
 * library): nothing was written, so there are never two rounds for one agreement. The message says who closed it and
 * when, for the facilitator who clicked second.
 */
public final class RoundClosedMeanwhileException extends StoreException {
    private final int number;

    public RoundClosedMeanwhileException(int number, String name, String closedBy, Instant closedAt, Instant now) {
        super(describe(number, name, closedBy, closedAt, now));
        this.number = number;
    }

    /** The round the other facilitator closed. */
    public int number() {
        return number;
    }

    private static String describe(int number, String name, String closedBy, Instant closedAt, Instant now) {
        ZoneId zone = ZoneId.systemDefault();
        boolean today = closedAt.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        String when = (today ? "at " : "on " + DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).format(
                closedAt.atZone(zone)) + " at ") + DateTimeFormatter.ofPattern("HH:mm").format(closedAt.atZone(zone));
        boolean justNow = Duration.between(closedAt, now).abs().compareTo(Duration.ofMinutes(10)) < 0;
        String round = name.equalsIgnoreCase("Round " + number) ? "round " + number : "round " + number + " (" + name + ")";
        String who = closedBy.isBlank() ? "Another facilitator" : closedBy;
        return who + " closed " + round + " " + when + (justNow ? " a moment ago" : "") + "; it now shows in the "
                + "history. Nothing was closed twice: close another round only when more has been agreed since.";
    }
}
