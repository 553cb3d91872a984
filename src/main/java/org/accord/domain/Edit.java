package org.accord.domain;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One edit the facilitator makes: a change from one workshop to the next, and a description for the Undo menu.
 * Because workshops are immutable values, undo is simply going back to the workshop before the edit.
 */
public record Edit(String description, UnaryOperator<Workshop> change) {
    public Edit {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(change, "change");
    }

    public Workshop applyTo(Workshop workshop) {
        return change.apply(workshop);
    }
}
