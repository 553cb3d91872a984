package org.accord.domain.guide;

import java.util.Objects;
import java.util.UUID;

/** A CIO goal and a CMO goal the room agrees serve the same end. */
public record GoalLink(UUID cioGoal, UUID cmoGoal) {
    public GoalLink {
        Objects.requireNonNull(cioGoal, "cioGoal");
        Objects.requireNonNull(cmoGoal, "cmoGoal");
    }
}
