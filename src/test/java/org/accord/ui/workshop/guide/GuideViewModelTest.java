package org.accord.ui.workshop.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.edit.GuideEdits;
import org.accord.domain.Workshop;
import org.accord.domain.guide.Goal;
import org.accord.domain.guide.Leader;
import org.accord.domain.guide.StepClock;
import org.accord.domain.guide.WrapUp;
import org.accord.export.Exporter;
import org.accord.session.WorkshopSession;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.testing.CurrentThreadTasks;
import org.accord.testing.OnFxThread;
import org.accord.ui.workshop.model.SaveState;
import org.accord.ui.workshop.model.WorkshopViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.accord.testing.MovingClock;

/**
 * The guide's view model without a window, on a real H2 file with saves run at once ({@link CurrentThreadTasks}):
 * moving through the agenda is saved but never an undo step, the timers count on a clock the test moves, and the
 * room's decisions are undoable edits.
 */
class GuideViewModelTest {
    @TempDir
    Path data;
    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-01T09:00:00Z"));
    private H2WorkshopStore store;
    private Workshop created;
    private GuideViewModel guide;

    @BeforeAll
    static void startJavaFx() throws Exception {
        OnFxThread.startPlatform(); // the guide's clock ticks with a Timeline
    }

    @BeforeEach
    void openAWorkshop() throws Exception {
        store = H2WorkshopStore.open(data, clock);
        created = store.create(new TemplateCatalog().newWorkshop(TemplateCatalog.CIO_CMO, "Guided", clock.instant()));
        guide = OnFxThread.call(() -> new GuideViewModel(new WorkshopViewModel(new WorkshopSession(store, created, clock),
                CurrentThreadTasks.immediate(), CurrentThreadTasks.immediate(), new Exporter(clock)), clock));
    }

    @AfterEach
    void closeTheStore() throws Exception {
        OnFxThread.run(guide::dispose);
        store.close();
    }

    @Test
    void nextPreviousAndJumpToMoveTheStepAreSavedAndAreNoUndoStep() throws Exception {
        OnFxThread.run(guide::next);
        assertThat(OnFxThread.call(() -> guide.currentStep().title())).isEqualTo("Goals side by side");
        OnFxThread.run(guide::next);
        OnFxThread.run(guide::previous);
        assertThat(OnFxThread.call(() -> guide.guide().currentIndex())).isEqualTo(1);
        UUID wrapUp = created.guide().steps().get(7).id();
        OnFxThread.run(() -> guide.jumpTo(wrapUp));
        assertThat(OnFxThread.call(() -> guide.currentStep().title())).isEqualTo("Wrap-up");

        assertThat(OnFxThread.call(() -> guide.workshopModel().undoTextProperty().get())).isEmpty();
        assertThat(OnFxThread.call(() -> guide.workshopModel().saveStateProperty().get())).isEqualTo(SaveState.SAVED);
        assertThat(store.load(created.id()).guide().currentIndex()).isEqualTo(7);
    }

    @Test
    void theTimerCountsDownWhileRunningStopsWhenPausedAndExtendsAndResets() throws Exception {
        assertThat(timerText()).isEqualTo("10:00");
        OnFxThread.run(guide::startOrPause);
        assertThat(OnFxThread.call(() -> guide.currentClock().running())).isTrue();
        clock.advance(Duration.ofSeconds(90));
        assertThat(timerText()).isEqualTo("8:30");

        OnFxThread.run(guide::startOrPause);
        assertThat(OnFxThread.call(() -> guide.currentClock().running())).isFalse();
        clock.advance(Duration.ofMinutes(10));
        assertThat(timerText()).as("paused: the time does not count").isEqualTo("8:30");

        OnFxThread.run(guide::extend);
        assertThat(timerText()).as("five more minutes").isEqualTo("13:30");
        OnFxThread.run(guide::reset);
        assertThat(timerText()).isEqualTo("10:00");
        assertThat(OnFxThread.call(() -> guide.currentClock().running())).isFalse();

        // A new plan for the step is a decision: undoable, and the timer counts from it.
        UUID step = created.guide().currentStep().id();
        OnFxThread.call(() -> guide.edit(GuideEdits.planMinutes(step, 12)));
        assertThat(timerText()).isEqualTo("12:00");
        assertThat(OnFxThread.call(() -> guide.workshopModel().undoTextProperty().get())).isEqualTo("Plan 12 minutes");
        assertThat(store.load(created.id()).guide().currentStep().plannedMinutes()).isEqualTo(12);
        assertThat(store.load(created.id()).guide().clock(step).extraMinutes()).isZero();
    }

    @Test
    void aRunningTimerIsSavedAsStillRunningOncePerHeartbeat() throws Exception {
        OnFxThread.run(guide::startOrPause);
        UUID step = created.guide().currentStep().id();
        Instant started = clock.instant();
        assertThat(store.load(created.id()).guide().clock(step).lastSeen()).isEqualTo(started);

        clock.advance(StepClock.HEARTBEAT.plusSeconds(1));
        Instant later = clock.instant();
        // The view model's own ticking (once a second) notices and saves it; the label's time follows too.
        OnFxThread.waitUntil(5, () -> later.equals(guide.nowProperty().get()));
        OnFxThread.waitUntil(5, () -> guide.workshopModel().saveStateProperty().get() == SaveState.SAVED
                && later.equals(store.load(created.id()).guide().clock(step).lastSeen()));
    }

    @Test
    void theRoomsDecisionsAreUndoableEditsAndARefusedOneChangesNothing() throws Exception {
        List<Goal> cio = created.guide().goalsOf(Leader.CIO);
        List<Goal> cmo = created.guide().goalsOf(Leader.CMO);
        OnFxThread.call(() -> guide.edit(GuideEdits.linkGoals(cio.get(0).id(), cmo.get(0).id())));
        assertThat(OnFxThread.call(() -> guide.guide().goalLinks())).hasSize(1);
        assertThat(store.load(created.id()).guide().goalLinks()).hasSize(1);
        assertThat(OnFxThread.call(() -> guide.workshopModel().undoTextProperty().get())).isEqualTo("Link goals");
        OnFxThread.run(() -> guide.workshopModel().undo());
        assertThat(OnFxThread.call(() -> guide.guide().goalLinks())).isEmpty();

        // Two CIO goals cannot be linked: the reason, and nothing changed.
        Workshop before = OnFxThread.call(guide::workshop);
        assertThat(OnFxThread.call(() -> guide.problemWith(GuideEdits.linkGoals(cio.get(0).id(), cio.get(1).id()))))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("Choose one goal from the CIO's list"));
        assertThat(OnFxThread.call(() -> guide.edit(GuideEdits.linkGoals(cio.get(0).id(), cio.get(1).id()))))
                .isPresent();
        assertThat(OnFxThread.call(guide::workshop)).isSameAs(before);

        // A change to the matrix and the guide at once (agreeing a row) is one undo step.
        UUID activity = created.activities().get(0).id();
        OnFxThread.call(() -> guide.edit(GuideEdits.agreeRow(created.activities().get(0), "CIO and CMO", clock.instant())));
        assertThat(store.load(created.id()).guide().agreement(activity)).isPresent();
        OnFxThread.run(() -> guide.workshopModel().undo());
        assertThat(OnFxThread.call(() -> guide.guide().agreement(activity))).isEmpty();
    }

    private String timerText() throws Exception {
        return OnFxThread.call(() -> WrapUp.minutesAndSeconds(
                guide.currentClock().remaining(guide.now(), guide.currentStep().plannedMinutes())));
    }

}
