package org.accord.domain;

import java.util.Objects;
import java.util.UUID;

/** A column of the matrix: who takes a part (CIO, CMO, …). Its order is its place in the workshop's role list. */
public record Role(UUID id, String name, String shortLabel, Side side) {
    public Role {
        Objects.requireNonNull(id, "id");
        name = Names.clean(name, "the role name");
        shortLabel = Names.cleanLabel(shortLabel, "the short label");
        Objects.requireNonNull(side, "side");
    }

    public static Role create(String name, String shortLabel, Side side) {
        return new Role(UUID.randomUUID(), name, shortLabel, side);
    }

    public Role withName(String newName) {
        return new Role(id, newName, shortLabel, side);
    }
}
