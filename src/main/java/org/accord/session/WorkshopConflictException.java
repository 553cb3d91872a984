package org.accord.session;

import java.util.List;
import org.accord.domain.AccordException;

/**
 * Another facilitator changed the same things differently while these edits were not yet saved: nothing was written
 * over theirs, and the edits here are kept, unsaved, until the facilitator chooses
 * ({@link WorkshopSession#resolveConflicts}).
 */
public final class WorkshopConflictException extends AccordException {
    private final List<String> conflicts;

    public WorkshopConflictException(List<String> conflicts) {
        super("Not saved: another facilitator changed " + describe(conflicts) + " differently meanwhile. Nothing of "
                + "theirs was written over; choose whose version to keep.");
        this.conflicts = List.copyOf(conflicts);
    }

    /** What both changed differently, named for the facilitator ("the cell Martech roadmap × CIO"). */
    public List<String> conflicts() {
        return conflicts;
    }

    static String describe(List<String> conflicts) {
        if (conflicts.size() <= 3) {
            return String.join(", ", conflicts);
        }
        return String.join(", ", conflicts.subList(0, 3)) + " and " + (conflicts.size() - 3) + " more";
    }
}
