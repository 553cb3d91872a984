package org.accord.domain.guide;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.accord.domain.Names;

/** A planned or ongoing initiative from the IT or the marketing portfolio, linked to the activities that own it. */
public record Initiative(UUID id, String name, Portfolio portfolio, boolean ongoing, List<UUID> activityIds) {
    public Initiative {
        Objects.requireNonNull(id, "id");
        name = Names.clean(name, "the initiative name");
        Objects.requireNonNull(portfolio, "portfolio");
        activityIds = List.copyOf(activityIds == null ? List.of() : activityIds.stream().distinct().toList());
    }

    public static Initiative create(String name, Portfolio portfolio, boolean ongoing) {
        return new Initiative(UUID.randomUUID(), name, portfolio, ongoing, List.of());
    }

    public String stateLabel() {
        return ongoing ? "Ongoing" : "Planned";
    }

    public Initiative withActivities(List<UUID> ids) {
        return new Initiative(id, name, portfolio, ongoing, ids);
    }

    /** The same initiative (its id and links kept) as the facilitator edited it. */
    public Initiative edited(String newName, Portfolio newPortfolio, boolean isOngoing) {
        return new Initiative(id, newName, newPortfolio, isOngoing, activityIds);
    }

    public Initiative withName(String newName) {
        return new Initiative(id, newName, portfolio, ongoing, activityIds);
    }
}
