package org.accord.domain.guide;

import java.util.Objects;
import java.util.UUID;
import org.accord.domain.Names;
import org.accord.domain.Side;

/**
 * Someone in the room: the matrix role they hold (if any), their side, whether they are present, and their answers
 * to the perception check ({@code null} until they answer).
 */
public record Participant(UUID id, String name, UUID roleId, Side side, boolean present, LeadAnswer lead,
                          Rating otherSideUnderstanding) {
    public Participant {
        Objects.requireNonNull(id, "id");
        name = Names.clean(name, "the participant's name");
        Objects.requireNonNull(side, "side");
    }

    public static Participant create(String name, UUID roleId, Side side) {
        return new Participant(UUID.randomUUID(), name, roleId, side, true, null, null);
    }

    public Participant withName(String newName) {
        return new Participant(id, newName, roleId, side, present, lead, otherSideUnderstanding);
    }

    public Participant withRole(UUID newRoleId) {
        return new Participant(id, name, newRoleId, side, present, lead, otherSideUnderstanding);
    }

    public Participant withSide(Side newSide) {
        return new Participant(id, name, roleId, newSide, present, lead, otherSideUnderstanding);
    }

    public Participant withPresent(boolean isPresent) {
        return new Participant(id, name, roleId, side, isPresent, lead, otherSideUnderstanding);
    }

    public Participant withLead(LeadAnswer answer) {
        return new Participant(id, name, roleId, side, present, answer, otherSideUnderstanding);
    }

    public Participant withOtherSideUnderstanding(Rating rating) {
        return new Participant(id, name, roleId, side, present, lead, rating);
    }
}
