package org.accord.ui.workshop.guide;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;
import org.accord.domain.Edit;
import org.accord.domain.Workshop;
import org.accord.domain.edit.GuideEdits;
import org.accord.domain.guide.AgendaStep;
import org.accord.domain.guide.Guide;
import org.accord.domain.guide.StepClock;
import org.accord.ui.workshop.model.WorkshopViewModel;

/**
 * The guide's side of the workshop screen: every edit the agenda and the steps make, and a clock that ticks once a
 * second for the timers. Decisions go through the workshop's edits (undoable); moving between steps and the timers
 * go through {@link WorkshopViewModel#progress}, which is saved but never undone.
 */
public final class GuideViewModel {
    private final WorkshopViewModel workshop;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Instant> now;
    private final Timeline ticking;

    public GuideViewModel(WorkshopViewModel workshop, Clock clock) {
        this.workshop = workshop;
        this.clock = clock;
        this.now = new ReadOnlyObjectWrapper<>(clock.instant());
        // The labels redraw each second; a running timer is saved as still running once per StepClock.HEARTBEAT.
        this.ticking = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            now.set(clock.instant());
            workshop.recordTimersStillRunning();
        }));
        ticking.setCycleCount(Timeline.INDEFINITE);
        ticking.play();
    }

    public WorkshopViewModel workshopModel() {
        return workshop;
    }

    public Workshop workshop() {
        return workshop.workshop();
    }

    public Guide guide() {
        return workshop.workshop().guide();
    }

    public ReadOnlyObjectProperty<Workshop> workshopProperty() {
        return workshop.workshopProperty();
    }

    /** The time the timers show, updated once a second. */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public Instant now() {
        return clock.instant();
    }

    /** Stops the ticking when the workshop closes. */
    public void dispose() {
        ticking.stop();
    }

    // ---- edits ----

    /** What is wrong with an edit, without making it: for checking a dialog's field as the facilitator types. */
    public Optional<String> problemWith(Edit edit) {
        return workshop.problemWith(edit);
    }

    /** An undoable edit (see {@link org.accord.domain.edit}); the reason it was refused, if it was. */
    public Optional<String> edit(Edit edit) {
        return workshop.edit(edit);
    }

    private void progress(Edit edit) {
        workshop.progress(edit);
        now.set(clock.instant());
    }

    // ---- moving through the agenda ----

    public void next() {
        progress(GuideEdits.nextStep(now()));
    }

    public void previous() {
        progress(GuideEdits.previousStep(now()));
    }

    public void jumpTo(UUID stepId) {
        progress(GuideEdits.goToStep(stepId, now()));
    }

    public void startOrPause() {
        UUID step = guide().currentStep().id();
        progress(guide().clock(step).running() ? GuideEdits.pauseTimer(step, now()) : GuideEdits.startTimer(step, now()));
    }

    public void extend() {
        UUID step = guide().currentStep().id();
        progress(GuideEdits.extendTimer(step));
    }

    public void reset() {
        UUID step = guide().currentStep().id();
        progress(GuideEdits.resetTimer(step, now()));
    }

    public AgendaStep currentStep() {
        return guide().currentStep();
    }

    public StepClock currentClock() {
        return guide().clock(guide().currentStep().id());
    }
}
