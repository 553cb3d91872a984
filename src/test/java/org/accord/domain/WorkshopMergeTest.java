package org.accord.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.WorkshopMerge.Keep;
import org.junit.jupiter.api.Test;

/** The three-way merge of two facilitators' versions of one workshop, unit by unit (docs/decisions/0016). */
class WorkshopMergeTest {
    private final Workshop base = new TemplateCatalog().newWorkshop(TemplateCatalog.CIO_CMO, "Merge",
            Instant.parse("2026-12-01T09:00:00Z")).withId(7);
    private final UUID roadmap = base.activities().get(0).id();
    private final UUID budget = base.activities().get(1).id();
    private final UUID cio = base.roles().get(0).id();
    private final UUID cmo = base.roles().get(1).id();

    @Test
    void whatOnlyOneSideChangedIsTakenFromThatSide() {
        Workshop mine = base.withLetter(roadmap, cio, Raci.A);
        Workshop theirs = base.withLetter(budget, cmo, Raci.R)
                .withActivityChanged(budget, a -> a.withRationale("Marketing pays"));
        WorkshopMerge.Result result = WorkshopMerge.merge(base, mine, theirs, Keep.NEITHER);
        assertThat(result.clean()).isTrue();
        assertThat(result.merged().letter(roadmap, cio)).hasValue(Raci.A);
        assertThat(result.merged().letter(budget, cmo)).hasValue(Raci.R);
        assertThat(result.merged().activities().get(1).rationale()).isEqualTo("Marketing pays");
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        Workshop both = base.withLetter(roadmap, cio, Raci.A);
        assertThat(WorkshopMerge.merge(base, both, both, Keep.NEITHER).clean()).isTrue();
    }

    @Test
    void oneCellChangedDifferentlyIsAConflictNamedAndSettledOnlyAsChosen() {
        Workshop mine = base.withLetter(roadmap, cio, Raci.C).withLetter(budget, cmo, Raci.I);
        Workshop theirs = base.withLetter(roadmap, cio, Raci.A);
        WorkshopMerge.Result undecided = WorkshopMerge.merge(base, mine, theirs, Keep.NEITHER);
        assertThat(undecided.conflicts())
                .containsExactly("the cell " + base.activities().get(0).name() + " × CIO");
        assertThat(WorkshopMerge.merge(base, mine, theirs, Keep.THEIRS).merged().letter(roadmap, cio)).hasValue(Raci.A);
        Workshop keptMine = WorkshopMerge.merge(base, mine, theirs, Keep.MINE).merged();
        assertThat(keptMine.letter(roadmap, cio)).hasValue(Raci.C);
        assertThat(keptMine.letter(budget, cmo)).as("the rest merges either way").hasValue(Raci.I);
    }

    @Test
    void aLetterSetInARowTheOtherRemovedIsAConflict() {
        Workshop mine = base.withLetter(budget, cio, Raci.R);
        Workshop theirs = base.withActivityRemoved(budget);
        WorkshopMerge.Result result = WorkshopMerge.merge(base, mine, theirs, Keep.NEITHER);
        assertThat(result.clean()).isFalse();
        assertThat(result.conflicts()).anyMatch(c -> c.contains("its row or column was removed"));
        assertThat(result.merged().activities()).extracting(Activity::id).doesNotContain(budget);
    }

    @Test
    void theMeetingsProgressGoesToWhoeverMovedItAndIsNoConflict() {
        Workshop mine = base.withGuide(base.guide().next(Instant.parse("2026-12-01T09:10:00Z")));
        Workshop theirs = base.withLetter(roadmap, cio, Raci.A);
        WorkshopMerge.Result result = WorkshopMerge.merge(base, mine, theirs, Keep.NEITHER);
        assertThat(result.clean()).isTrue();
        assertThat(result.merged().guide().currentIndex()).isEqualTo(1);
        assertThat(result.merged().letter(roadmap, cio)).hasValue(Raci.A);
    }

    @Test
    void theDetailsChangedDifferentlyAreAConflict() {
        Workshop mine = base.withDetails(base.details().withTitle("Mine"));
        Workshop theirs = base.withDetails(base.details().withTitle("Theirs"));
        assertThat(WorkshopMerge.merge(base, mine, theirs, Keep.NEITHER).conflicts())
                .containsExactly("the workshop's details");
    }

    @Test
    void eachConflictingCellTakesTheVersionChosenForItAndOneNotChosenStaysAConflict() {
        Workshop mine = base.withLetter(roadmap, cio, Raci.C).withLetter(budget, cmo, Raci.I).withLetter(roadmap, cmo,
                Raci.R);
        Workshop theirs = base.withLetter(roadmap, cio, Raci.A).withLetter(budget, cmo, Raci.R).withLetter(roadmap, cmo,
                Raci.I);
        String roadmapCio = WorkshopMerge.cellKey(new Cell(roadmap, cio));
        String budgetCmo = WorkshopMerge.cellKey(new Cell(budget, cmo));
        WorkshopMerge.Result result = WorkshopMerge.merge(base, mine, theirs,
                java.util.Map.of(roadmapCio, Keep.MINE, budgetCmo, Keep.THEIRS), Keep.NEITHER);
        assertThat(result.merged().letter(roadmap, cio)).hasValue(Raci.C);
        assertThat(result.merged().letter(budget, cmo)).hasValue(Raci.R);
        assertThat(result.unsettled()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo(WorkshopMerge.cellKey(new Cell(roadmap, cmo)));
            assertThat(c.mine()).isEqualTo("R (Responsible)");
            assertThat(c.theirs()).isEqualTo("I (Informed)");
        });
        assertThat(WorkshopMerge.merge(base, mine, theirs, java.util.Map.of(roadmapCio, Keep.MINE), Keep.THEIRS)
                .merged().letter(roadmap, cmo)).as("the rest as the whole choice says").hasValue(Raci.I);
    }

    @Test
    void aConflictingWholeSaysWhatEachSideDidToIt() {
        String budgetName = base.activities().get(1).name();
        Workshop mine = base.withActivityChanged(budget, a -> a.withName("Budgets"));
        Workshop theirs = base.withActivityChanged(budget, a -> a.withRationale("Marketing pays"));
        WorkshopMerge.Result result = WorkshopMerge.merge(base, mine, theirs, Keep.NEITHER);
        assertThat(result.unsettled()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo(WorkshopMerge.ACTIVITIES);
            assertThat(c.mine()).isEqualTo("renamed " + budgetName + " to Budgets");
            assertThat(c.theirs()).isEqualTo("changed " + budgetName + " (rationale \u201cMarketing pays\u201d)");
        });
        Workshop details = base.withDetails(base.details().withTitle("Mine"));
        assertThat(WorkshopMerge.merge(base, details, base.withDetails(base.details().withTitle("Theirs")),
                Keep.NEITHER).unsettled().get(0).theirs()).isEqualTo("title \u201cTheirs\u201d");
    }
}
