package org.accord.domain.guide;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.accord.domain.Names;

/** Something someone will do after the workshop, by a date. */
public record ActionItem(UUID id, String what, String owner, LocalDate due, boolean done) {
    public ActionItem {
        Objects.requireNonNull(id, "id");
        what = Names.clean(what, "the action");
        owner = Names.clean(owner, "the owner");
    }

    public static ActionItem create(String what, String owner, LocalDate due) {
        return new ActionItem(UUID.randomUUID(), what, owner, due, false);
    }

    /** The same action item (its id kept) with every field as the facilitator edited it. */
    public ActionItem edited(String newWhat, String newOwner, LocalDate newDue, boolean isDone) {
        return new ActionItem(id, newWhat, newOwner, newDue, isDone);
    }

    public ActionItem withDone(boolean isDone) {
        return new ActionItem(id, what, owner, due, isDone);
    }

    public String statusLabel() {
        return done ? "Done" : "Open";
    }
}
