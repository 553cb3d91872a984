package org.accord.domain.round;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.accord.domain.Names;
import org.accord.domain.ValidationException;

/**
 * A closed round: the name and date under which the whole workshop was agreed, and the leaders' sign-offs. What the
 * workshop held then is kept by the store beside it, read-only; edits made later are "changes since" the round.
 *
 * @param number 1 for the first round of a workshop (a follow-up carries on its original's numbering)
 */
public record Round(int number, String name, Instant closedAt, List<SignOff> signOffs) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    public Round {
        if (number < 1) {
            throw new ValidationException("A round is numbered from 1.");
        }
        name = Names.clean(name, "the round's name");
        Objects.requireNonNull(closedAt, "closedAt");
        signOffs = List.copyOf(signOffs);
    }

    /** The name a round is offered under: "Round 2" after round 1. */
    public static String defaultName(int number) {
        return "Round " + number;
    }

    /** "Round 1, agreed 2026-12-02": how every screen and the hand-out name it. */
    public String heading(ZoneId zone) {
        return name + ", agreed " + DAY.format(closedAt.atZone(zone));
    }

    public Round withSignOffs(List<SignOff> signed) {
        return new Round(number, name, closedAt, signed);
    }
}
