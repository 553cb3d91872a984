package org.accord.domain;

import java.util.Objects;
import java.util.UUID;

/** The address of one cell of the matrix: an activity's row and a role's column. */
public record Cell(UUID activityId, UUID roleId) {
    public Cell {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(roleId, "roleId");
    }
}
