package org.accord.domain.guide;

import java.util.Objects;
import java.util.UUID;
import org.accord.domain.Names;
import org.accord.domain.ValidationException;

/**
 * One step of the workshop's agenda: what it is for, how long it is planned to take, and whether the room skips it.
 * Its timer lives in {@link AgendaProgress}, so that undoing an edit never rewinds the clock.
 */
public record AgendaStep(UUID id, StepKind kind, String title, String purpose, int plannedMinutes, boolean skipped,
                         String notes) {
    public static final int MAX_MINUTES = 600;

    public AgendaStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        title = Names.clean(title, "the step name");
        purpose = Names.cleanText(purpose, "the purpose");
        notes = Names.cleanText(notes, "the notes");
        if (plannedMinutes < 1 || plannedMinutes > MAX_MINUTES) {
            throw new ValidationException("Plan between 1 and " + MAX_MINUTES + " minutes for a step.");
        }
    }

    public static AgendaStep create(StepKind kind, String title, String purpose, int plannedMinutes) {
        return new AgendaStep(UUID.randomUUID(), kind, title, purpose, plannedMinutes, false, "");
    }

    public AgendaStep withTitle(String newTitle) {
        return new AgendaStep(id, kind, newTitle, purpose, plannedMinutes, skipped, notes);
    }

    public AgendaStep withPlannedMinutes(int minutes) {
        return new AgendaStep(id, kind, title, purpose, minutes, skipped, notes);
    }

    public AgendaStep withSkipped(boolean skip) {
        return new AgendaStep(id, kind, title, purpose, plannedMinutes, skip, notes);
    }

    public AgendaStep withNotes(String newNotes) {
        return new AgendaStep(id, kind, title, purpose, plannedMinutes, skipped, newNotes);
    }
}
