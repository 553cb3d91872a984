package org.accord.domain;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a moment is written for the facilitator, on screen, in the PDF and in messages: "2 Dec 2026, 14:05". British
 * English month names on every system, so the hand-out reads the same whatever the laptop's language.
 */
public final class Moments {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK);

    private Moments() {
    }

    /** "2 Dec 2026, 14:05" in {@code zone}. */
    public static DateTimeFormatter toTheMinute(ZoneId zone) {
        return MINUTE.withZone(zone);
    }

    /** "2 Dec 2026, 14:05:09" in {@code zone}: for backups, which can be taken a few seconds apart. */
    public static DateTimeFormatter toTheSecond(ZoneId zone) {
        return SECOND.withZone(zone);
    }
}
