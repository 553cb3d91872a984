package org.accord.domain.round;

import java.util.List;
import java.util.Optional;

/**
 * A workshop's closed rounds, oldest first, and the workshop it is a follow-up of, if any.
 *
 * @param followUpOf the title of the workshop this one was duplicated from for a follow-up; empty if none (or if
 *                   that workshop has since been deleted)
 */
public record Rounds(List<Round> closed, Optional<String> followUpOf) {
    public static final Rounds NONE = new Rounds(List.of(), Optional.empty());

    public Rounds {
        closed = List.copyOf(closed);
    }

    public Optional<Round> latest() {
        return closed.isEmpty() ? Optional.empty() : Optional.of(closed.get(closed.size() - 1));
    }

    public Optional<Round> number(int number) {
        return closed.stream().filter(r -> r.number() == number).findFirst();
    }

    /** The number the next round closed gets. */
    public int nextNumber() {
        return latest().map(r -> r.number() + 1).orElse(1);
    }
}
