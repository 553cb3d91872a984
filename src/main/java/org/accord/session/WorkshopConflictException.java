package org.accord.session;

import java.util.List;
import org.accord.domain.AccordException;
import org.accord.domain.WorkshopMerge;

/**
 * Another facilitator changed the same things differently while these edits were not yet saved: nothing was written
 * over theirs, and the edits here are kept, unsaved, until the facilitator chooses
 * ({@link WorkshopSession#resolveConflicts}).
 */
public final class WorkshopConflictException extends AccordException {
    private final List<WorkshopMerge.Conflict> clashes;

    public WorkshopConflictException(List<WorkshopMerge.Conflict> clashes) {
        super("Not saved: another facilitator changed " + describe(clashes.stream().map(WorkshopMerge.Conflict::what)
                .toList()) + " differently meanwhile. Nothing of theirs was written over; choose whose version to keep.");
        this.clashes = List.copyOf(clashes);
    }

    /** What both changed differently, named for the facilitator ("the cell Martech roadmap × CIO"). */
    public List<String> conflicts() {
        return clashes.stream().map(WorkshopMerge.Conflict::what).toList();
    }

    /** Each unit both changed differently, with both versions in words: what the window's chooser lists. */
    public List<WorkshopMerge.Conflict> clashes() {
        return clashes;
    }

    static String describe(List<String> conflicts) {
        if (conflicts.size() <= 3) {
            return String.join(", ", conflicts);
        }
        return String.join(", ", conflicts.subList(0, 3)) + " and " + (conflicts.size() - 3) + " more";
    }
}
