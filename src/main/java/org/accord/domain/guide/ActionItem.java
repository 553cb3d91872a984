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

    public ActionItem withDone(boolean isDone) {
        return new ActionItem(id, what, owner, due, isDone);
    }

    public String statusLabel() {
        return done ? "Done" : "Open";
    }
}
