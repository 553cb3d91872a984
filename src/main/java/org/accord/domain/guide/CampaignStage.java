package org.accord.domain.guide;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.accord.domain.Names;

/** One stage of the test campaign, mapped to the activities of the matrix that cover it. */
public record CampaignStage(UUID id, String name, List<UUID> activityIds) {
    public CampaignStage {
        Objects.requireNonNull(id, "id");
        name = Names.clean(name, "the stage name");
        activityIds = List.copyOf(activityIds == null ? List.of() : activityIds.stream().distinct().toList());
    }

    public static CampaignStage create(String name) {
        return new CampaignStage(UUID.randomUUID(), name, List.of());
    }

    public CampaignStage withName(String newName) {
        return new CampaignStage(id, newName, activityIds);
    }

    public CampaignStage withActivities(List<UUID> ids) {
        return new CampaignStage(id, name, ids);
    }
}
