package org.accord.domain.guide;

import static org.accord.domain.Lists.swap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.accord.domain.Messages;
import org.accord.domain.ValidationException;

/**
 * The agenda and where the meeting is in it: the steps, and the current step with every step's timer. Together
 * because the meeting is always on one of the steps: a step removed (or an undo that took it away) leaves the
 * meeting on the first step.
 */
public record Agenda(List<AgendaStep> steps, AgendaProgress progress) {

    public Agenda {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("An agenda has at least one step");
        }
        UUID current = progress == null ? null : progress.currentStep();
        if (current == null || steps.stream().noneMatch(s -> s.id().equals(current))) {
            progress = new AgendaProgress(steps.get(0).id(), progress == null ? null : progress.clocks());
        }
    }

    public AgendaStep currentStep() {
        return step(progress.currentStep()).orElseThrow();
    }

    public Optional<AgendaStep> step(UUID stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public int currentIndex() {
        return steps.indexOf(currentStep());
    }

    public StepClock clock(UUID stepId) {
        return progress.clock(stepId);
    }

    /** The next step (+1) or the previous one (-1) that is not skipped; at either end the meeting stays where it is. */
    public Agenda movedBy(int direction, Instant now) {
        for (int i = currentIndex() + direction; i >= 0 && i < steps.size(); i += direction) {
            if (!steps.get(i).skipped()) {
                return jumpedTo(steps.get(i).id(), now);
            }
        }
        return this;
    }

    /** Any step, skipped or not: the facilitator chose it. */
    public Agenda jumpedTo(UUID stepId, Instant now) {
        requireStep(stepId);
        return withProgress(progress.movedTo(stepId, now));
    }

    public Agenda withProgress(AgendaProgress next) {
        return new Agenda(steps, next);
    }

    public Agenda withClock(UUID stepId, UnaryOperator<StepClock> change) {
        requireStep(stepId);
        return withProgress(progress.withClock(stepId, change.apply(progress.clock(stepId))));
    }

    public Agenda withStep(UUID stepId, UnaryOperator<AgendaStep> change) {
        AgendaStep changed = change.apply(requireStep(stepId));
        return withSteps(steps.stream().map(s -> s.id().equals(stepId) ? changed : s).toList());
    }

    public Agenda withStepAdded(AgendaStep step, int index) {
        List<AgendaStep> next = new ArrayList<>(steps);
        next.add(Math.max(0, Math.min(index, next.size())), step);
        return withSteps(next);
    }

    /** Only steps the facilitator added can go; the standard ones can be skipped instead. */
    public Agenda withStepRemoved(UUID stepId) {
        AgendaStep step = requireStep(stepId);
        if (step.kind() != StepKind.NOTES) {
            throw new ValidationException(Messages.quote(step.title()) + " is one of the method's steps: skip it instead of removing it.");
        }
        return withSteps(steps.stream().filter(s -> !s.id().equals(stepId)).toList());
    }

    public Agenda withStepMoved(UUID stepId, int direction) {
        int from = steps.indexOf(requireStep(stepId));
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= steps.size()) {
            return this;
        }
        return withSteps(swap(steps, from, to));
    }

    private Agenda withSteps(List<AgendaStep> next) {
        return new Agenda(next, progress);
    }

    private AgendaStep requireStep(UUID stepId) {
        return step(stepId).orElseThrow(() -> new ValidationException("That step is no longer on the agenda."));
    }
}
