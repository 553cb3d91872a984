package org.accord.domain.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Fixtures;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Side;
import org.accord.domain.Workshop;
import org.accord.domain.guide.ActionItem;
import org.junit.jupiter.api.Test;

class WorkshopChangesTest {
    private final Workshop round = Fixtures.set(Fixtures.workshop("Campaign briefs", "Web analytics"),
            "Campaign briefs", "CIO", Raci.A);

    private static List<String> lines(List<Change> changes) {
        return changes.stream().map(c -> c.kind().label() + " " + c.what() + ": " + c.beforeAfter()).toList();
    }

    @Test
    void anUnchangedWorkshopHasNoChanges() {
        assertThat(WorkshopChanges.between(round, round)).isEmpty();
        assertThat(WorkshopChanges.between(round, round.withLastEditedAt(Instant.now()))).isEmpty();
    }

    @Test
    void everyChangedLetterIsListedWithItsOldAndNewLetterInScreenOrder() {
        Workshop now = Fixtures.set(Fixtures.set(Fixtures.set(round, "Web analytics", "CMO", Raci.R),
                "Campaign briefs", "CIO", Raci.C), "Campaign briefs", "CMO", Raci.I);
        assertThat(lines(WorkshopChanges.between(round, now))).containsExactly(
                "Letter Campaign briefs · CIO: A → C",
                "Letter Campaign briefs · CMO: (none) → I",
                "Letter Web analytics · CMO: (none) → R");
        assertThat(WorkshopChanges.between(round, now).get(0).subject()).isEqualTo(WorkshopChanges.letterSubject(
                new org.accord.domain.Cell(Fixtures.activity(now, "Campaign briefs").id(), Fixtures.role(now, "CIO").id())));
    }

    @Test
    void activitiesRolesRationaleAndStatusAreListed() {
        Activity briefs = Fixtures.activity(round, "Campaign briefs");
        Activity analytics = Fixtures.activity(round, "Web analytics");
        Role cmo = Fixtures.role(round, "CMO");
        Workshop now = round.withActivityChanged(briefs.id(), a -> a.withName("Campaign briefing")
                        .withRationale("Marketing writes them").withStatus(ActivityStatus.DISPUTED))
                .withActivityRemoved(analytics.id())
                .withActivityAdded(Activity.create("Consent banner", "", briefs.group()))
                .withRole(new Role(cmo.id(), "Marketing lead", "CMO", Side.MARKETING))
                .withRoleAdded(Role.create("Data protection officer", "DPO", Side.IT));
        assertThat(lines(WorkshopChanges.between(round, now))).contains(
                "Activity Campaign briefing: Campaign briefs → Campaign briefing",
                "Activity Web analytics: Web analytics (in " + briefs.group() + ") → (none)",
                "Activity Consent banner: (none) → Consent banner (in " + briefs.group() + ")",
                "Rationale Campaign briefing: (none) → Marketing writes them",
                "Status Campaign briefing: Open → Disputed",
                "Role Data protection officer: (none) → Data protection officer (DPO, IT)");
        assertThat(WorkshopChanges.between(round, now)).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.ROLE);
            assertThat(c.after()).startsWith("Marketing lead (CMO");
        });
        // The removed row's letter goes with it: its removal says so, no separate letter line.
        assertThat(WorkshopChanges.between(round, now)).noneMatch(c -> c.kind() == ChangeKind.LETTER);
    }

    @Test
    void agreementsAndActionItemsAreListed() {
        Activity briefs = Fixtures.activity(round, "Campaign briefs");
        ActionItem send = ActionItem.create("Send the matrix", "Ana", null);
        Workshop agreed = round.withActivityAgreed(briefs.id(), "CIO and CMO", Instant.parse("2026-12-02T10:00:00Z"))
                .withGuideChanged(g -> g.withActionAdded(send));
        assertThat(lines(WorkshopChanges.between(round, agreed))).contains(
                "Agreement Campaign briefs: (none) → agreed by CIO and CMO on 2026-12-02",
                "Action item Send the matrix: (none) → Send the matrix — Ana, open");
        Workshop done = agreed.withGuideChanged(g -> g.withAction(send.id(), a -> a.withDone(true)));
        assertThat(lines(WorkshopChanges.between(agreed, done)))
                .containsExactly("Action item Send the matrix: Send the matrix — Ana, open → Send the matrix — Ana, done");
    }
}
