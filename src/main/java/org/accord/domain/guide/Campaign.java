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

    /** The unnamed campaign with the default stages, as in the standard guide (fixed ids, see StandardGuide). */
    public static Campaign standard() {
        return new Campaign("", DEFAULT_STAGES.stream()
                .map(stage -> new CampaignStage(StandardGuide.fixedId("campaign stage " + stage), stage, List.of()))
                .toList());
    }
}
