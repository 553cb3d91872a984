package org.accord.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * One thing the checks found, naming the activity or role it is about and saying how to fix it.
 *
 * @param activityId the row it is about, or null when it is about a role
 * @param roleId     the column it is about, or null when it is about a whole row
 */
public record Finding(FindingKind kind, UUID activityId, UUID roleId, String problem, String fix) {
    public Optional<UUID> activity() {
        return Optional.ofNullable(activityId);
    }

    public Optional<UUID> role() {
        return Optional.ofNullable(roleId);
    }

    /** The finding as one sentence pair, for a list or a report. */
    public String text() {
        return problem + " " + fix;
    }
}
