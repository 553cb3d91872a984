package org.accord.domain.guide;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Workshop;

/**
 * Who owns each stage of the test campaign according to the matrix: the roles that are A and R on the stage's
 * activities. A stage needs exactly one accountable role; none, or two different ones, is flagged.
 */
public final class StageCheck {
    public enum Verdict {
        ONE_OWNER("One owner"),
        NOT_MAPPED("Not mapped: link the stage to the activities that cover it."),
        NO_OWNER("No owner: no role is Accountable on its activities."),
        CONFLICTING_OWNERS("Conflicting owners: more than one role is Accountable across its activities.");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        public boolean flagged() {
            return this != ONE_OWNER;
        }
    }

    public record StageOwners(CampaignStage stage, List<Role> accountable, List<Role> responsible, Verdict verdict) {
    }

    private StageCheck() {
    }

    public static List<StageOwners> run(Workshop workshop) {
        List<StageOwners> result = new ArrayList<>();
        for (CampaignStage stage : workshop.guide().campaign().stages()) {
            Set<Role> accountable = new LinkedHashSet<>();
            Set<Role> responsible = new LinkedHashSet<>();
            for (Role role : workshop.roles()) {
                for (var activityId : stage.activityIds()) {
                    Raci letter = workshop.letter(activityId, role.id()).orElse(null);
                    if (letter == Raci.A) {
                        accountable.add(role);
                    } else if (letter == Raci.R) {
                        responsible.add(role);
                    }
                }
            }
            Verdict verdict = stage.activityIds().isEmpty() ? Verdict.NOT_MAPPED
                    : accountable.isEmpty() ? Verdict.NO_OWNER
                    : accountable.size() > 1 ? Verdict.CONFLICTING_OWNERS
                    : Verdict.ONE_OWNER;
            result.add(new StageOwners(stage, List.copyOf(accountable), List.copyOf(responsible), verdict));
        }
        return result;
    }
}
