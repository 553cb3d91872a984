package org.accord.domain.edit;

import static org.accord.domain.Fixtures.T0;
import static org.accord.domain.Fixtures.activity;
import static org.accord.domain.Fixtures.role;
import static org.accord.domain.Fixtures.workshop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Edit;
import org.accord.domain.Raci;
import org.accord.domain.ValidationException;
import org.accord.domain.Workshop;
import org.accord.domain.guide.Leader;
import org.junit.jupiter.api.Test;

/** The words the Undo menu shows and the change each edit makes, read where they are defined. */
class EditsTest {
    private final Workshop w = workshop("Analytics", "Vendor selection");

    @Test
    void aLetterIsDescribedByTheCellAsTheWorkshopNamesIt() {
        var analytics = activity(w, "Analytics").id();
        var cio = role(w, "CIO").id();
        Edit set = MatrixEdits.setLetter(w, analytics, cio, Raci.A);
        assertThat(set.description()).isEqualTo("Set A for CIO on Analytics");
        Workshop after = set.applyTo(w);
        assertThat(after.letter(analytics, cio)).contains(Raci.A);
        assertThat(MatrixEdits.setLetter(after, analytics, cio, null).description()).isEqualTo("Clear CIO on Analytics");
    }

    @Test
    void whatWasTypedIsCheckedWhenTheEditIsAppliedSoARefusalIsARefusedEdit() {
        Edit blank = MatrixEdits.addActivity("  ", "Data");
        assertThat(blank.description()).isEqualTo("Add activity   ");
        assertThatThrownBy(() -> blank.applyTo(w)).isInstanceOf(ValidationException.class);
        Edit imported = MatrixEdits.importActivities(List.of(new MatrixEdits.NewActivity("Lead scoring", "", "Data"),
                new MatrixEdits.NewActivity("Loyalty app", "Points", "Delivery")));
        assertThat(imported.description()).isEqualTo("Import 2 activities");
        assertThat(imported.applyTo(w).groups()).containsExactly("Data", "Delivery");
        assertThatThrownBy(() -> GuideEdits.addGoal(Leader.CIO, " ").applyTo(w)).isInstanceOf(ValidationException.class);
    }

    @Test
    void statusEditsKeepTheWordsEachScreenUsed() {
        var vendors = activity(w, "Vendor selection");
        assertThat(MatrixEdits.markActivity(vendors.id(), ActivityStatus.DISPUTED).description()).isEqualTo("Mark disputed");
        assertThat(MatrixEdits.reopenActivity(vendors).description()).isEqualTo("Reopen Vendor selection");
        Workshop agreed = GuideEdits.agreeRow(vendors, "CIO and CMO", T0).applyTo(w);
        assertThat(agreed.guide().agreement(vendors.id())).isPresent();
        assertThat(MatrixEdits.reopenActivity(vendors).applyTo(agreed).guide().agreement(vendors.id()))
                .as("an agreement lapses when its row is reopened").isEmpty();
        assertThat(GuideEdits.agreeRows(List.of(vendors), "CIO", T0).description()).isEqualTo("Agree 1 row without findings");
    }

    @Test
    void movingThroughTheAgendaAndItsTimersAreEditsOfTheGuide() {
        var first = w.guide().currentStep().id();
        Workshop moved = GuideEdits.nextStep(T0).applyTo(w);
        assertThat(moved.guide().currentIndex()).isEqualTo(1);
        assertThat(GuideEdits.previousStep(T0).applyTo(moved).guide().currentIndex()).isZero();
        Workshop running = GuideEdits.startTimer(first, T0).applyTo(w);
        assertThat(running.guide().clock(first).running()).isTrue();
        assertThat(GuideEdits.pauseTimer(first, T0.plusSeconds(60)).applyTo(running).guide().clock(first).running()).isFalse();
        assertThat(GuideEdits.startTimer(first, T0).description()).isEqualTo("Start timer");
    }

    @Test
    void theBlindEntryRunsFromEnteringToSettling() {
        var analytics = activity(w, "Analytics").id();
        var cio = role(w, "CIO").id();
        Workshop x = GuideEdits.enterView(Leader.CIO).applyTo(w);
        x = GuideEdits.setBlindLetter(Leader.CIO, analytics, cio, Raci.A).applyTo(x);
        x = GuideEdits.enterView(Leader.CMO).applyTo(x);
        x = GuideEdits.setBlindLetter(Leader.CMO, analytics, cio, Raci.R).applyTo(x);
        x = GuideEdits.revealViews().applyTo(x);
        assertThat(x.blindDifferences()).hasSize(1);
        x = GuideEdits.settleDifference(x.blindDifferences().get(0), org.accord.domain.guide.BlindEntry.SettledBy.CMO_VIEW, null)
                .applyTo(x);
        assertThat(x.letter(analytics, cio)).contains(Raci.R);
        assertThat(GuideEdits.startBlindEntryAgain().applyTo(x).guide().blindEntry().revealed()).isFalse();
    }

    @Test
    void togglesSayWhatTheyWillDoAndFlipWhatIsThereWhenApplied() {
        var step = w.guide().steps().get(1);
        Edit skip = GuideEdits.toggleSkipped(step);
        assertThat(skip.description()).isEqualTo("Skip step");
        Workshop skipped = skip.applyTo(w);
        assertThat(skipped.guide().steps().get(1).skipped()).isTrue();
        assertThat(GuideEdits.toggleSkipped(skipped.guide().steps().get(1)).description()).isEqualTo("Include step");

        var item = org.accord.domain.guide.ActionItem.create("Draft the charter", "Ana", null);
        Workshop withItem = GuideEdits.addAction(item.what(), item.owner(), null).applyTo(w);
        var added = withItem.guide().actions().get(0);
        assertThat(GuideEdits.toggleActionDone(added).description()).isEqualTo("Mark action done");
        assertThat(GuideEdits.toggleActionDone(added).applyTo(withItem).guide().actions().get(0).done()).isTrue();
        assertThat(GuideEdits.removeAction(added.id()).applyTo(withItem).guide().actions()).isEmpty();
    }

    @Test
    void aParticipantsRoleAlsoSetsTheSideTheyAreOn() {
        var cmo = role(w, "CMO");
        Workshop x = GuideEdits.addParticipant("Ana Souza").applyTo(w);
        var ana = x.guide().participants().get(0).id();
        Workshop placed = GuideEdits.setParticipantRole(ana, cmo).applyTo(x);
        assertThat(placed.guide().participants().get(0).roleId()).isEqualTo(cmo.id());
        assertThat(placed.guide().participants().get(0).side()).isEqualTo(cmo.side());
        Workshop unplaced = GuideEdits.setParticipantRole(ana, null).applyTo(placed);
        assertThat(unplaced.guide().participants().get(0).roleId()).isNull();
        assertThat(unplaced.guide().participants().get(0).side()).as("keeps the side").isEqualTo(cmo.side());
        assertThat(GuideEdits.markPresent(ana, false).description()).isEqualTo("Mark absent");
    }
}
