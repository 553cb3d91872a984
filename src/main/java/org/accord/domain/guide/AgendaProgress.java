package org.accord.domain.guide;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Where the meeting is: the current step and every step's timer. Kept apart from what the room decided, because
 * undo and redo restore decisions but never move the meeting back or rewind a timer.
 */
public record AgendaProgress(UUID currentStep, Map<UUID, StepClock> clocks) {
    public AgendaProgress {
        clocks = Map.copyOf(clocks == null ? Map.of() : clocks);
    }

    public StepClock clock(UUID stepId) {
        return clocks.getOrDefault(stepId, StepClock.STOPPED);
    }

    public AgendaProgress withClock(UUID stepId, StepClock clock) {
        Map<UUID, StepClock> next = new LinkedHashMap<>(clocks);
        next.put(stepId, clock);
        return new AgendaProgress(currentStep, next);
    }

    /** Every running timer seen at {@code now} (see {@link StepClock#lastSeen}). */
    public AgendaProgress seen(Instant now) {
        return withEveryClock(c -> c.seen(now));
    }

    /** Every timer left running when the workshop was last closed (or Accord killed) stopped where last seen. */
    public AgendaProgress stoppedWhereLastSeen(Instant alsoKnownRunningAt) {
        return withEveryClock(c -> c.stoppedWhereLastSeen(alsoKnownRunningAt));
    }

    /** Every running timer paused at {@code now}: the workshop is being closed. */
    public AgendaProgress paused(Instant now) {
        return withEveryClock(c -> c.pause(now));
    }

    public boolean anyClockRunning() {
        return clocks.values().stream().anyMatch(StepClock::running);
    }

    private AgendaProgress withEveryClock(java.util.function.UnaryOperator<StepClock> change) {
        Map<UUID, StepClock> next = new LinkedHashMap<>();
        clocks.forEach((id, c) -> next.put(id, change.apply(c)));
        AgendaProgress changed = new AgendaProgress(currentStep, next);
        return changed.equals(this) ? this : changed;
    }

    /** Moves to another step. A running timer stops on the step left and starts on the one reached. */
    public AgendaProgress movedTo(UUID stepId, Instant now) {
        if (stepId.equals(currentStep)) {
            return this;
        }
        boolean wasRunning = currentStep != null && clock(currentStep).running();
        AgendaProgress next = new AgendaProgress(stepId, clocks);
        if (wasRunning) {
            next = next.withClock(currentStep, clock(currentStep).pause(now)).withClock(stepId, clock(stepId).start(now));
        }
        return next;
    }
}
