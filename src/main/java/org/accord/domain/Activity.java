package org.accord.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A row of the matrix: a piece of work where IT and marketing overlap, the group it sits under, why it is split
 * the way it is, and whether the room agrees. Its order is its place in the workshop's activity list.
 */
public record Activity(UUID id, String name, String description, String group, String rationale, ActivityStatus status) {
    public Activity {
        Objects.requireNonNull(id, "id");
        name = Names.clean(name, "the activity name");
        description = Names.cleanText(description, "the description");
        group = Names.clean(group, "the group name");
        rationale = Names.cleanText(rationale, "the rationale");
        Objects.requireNonNull(status, "status");
    }

    public static Activity create(String name, String description, String group) {
        return new Activity(UUID.randomUUID(), name, description, group, "", ActivityStatus.OPEN);
    }

    public Activity withName(String newName) {
        return new Activity(id, newName, description, group, rationale, status);
    }

    public Activity withDescription(String newDescription) {
        return new Activity(id, name, newDescription, group, rationale, status);
    }

    public Activity withGroup(String newGroup) {
        return new Activity(id, name, description, newGroup, rationale, status);
    }

    public Activity withRationale(String newRationale) {
        return new Activity(id, name, description, group, newRationale, status);
    }

    public Activity withStatus(ActivityStatus newStatus) {
        return new Activity(id, name, description, group, rationale, newStatus);
    }
}
