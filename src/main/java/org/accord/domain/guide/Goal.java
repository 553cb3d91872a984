package org.accord.domain.guide;

import java.util.Objects;
import java.util.UUID;
import org.accord.domain.Names;

/** One goal on the CIO's or the CMO's list. */
public record Goal(UUID id, Leader leader, String text) {
    public Goal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(leader, "leader");
        text = Names.clean(text, "the goal");
    }

    public static Goal create(Leader leader, String text) {
        return new Goal(UUID.randomUUID(), leader, text);
    }

    public Goal withText(String newText) {
        return new Goal(id, leader, newText);
    }
}
