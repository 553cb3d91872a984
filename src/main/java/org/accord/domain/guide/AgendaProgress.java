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
