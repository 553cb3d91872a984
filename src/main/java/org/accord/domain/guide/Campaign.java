package org.accord.domain.guide;

import java.util.List;
import org.accord.domain.Names;

/** An upcoming digital campaign the room walks through the matrix, stage by stage. */
public record Campaign(String name, List<CampaignStage> stages) {
    public static final List<String> DEFAULT_STAGES = List.of("Idea development", "Design", "Planning", "Estimating",
            "Sourcing", "Launch", "Measurement");

    public Campaign {
        name = Names.cleanText(name, "the campaign name");
        stages = List.copyOf(stages == null ? List.of() : stages);
    }

    public static Campaign standard() {
        return new Campaign("", DEFAULT_STAGES.stream().map(CampaignStage::create).toList());
    }
}
