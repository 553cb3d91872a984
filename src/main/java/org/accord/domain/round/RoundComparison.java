package org.accord.domain.round;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Cell;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;

/**
 * What changed from a closed round to a later one, or to the workshop as it is now: the change view's list, the
 * grid's marks and the hand-out's section all come from here.
 *
 * @param from     the round compared from, with its sign-offs
 * @param to       the later round compared to; empty for the workshop as it is now
 * @param baseline the workshop as {@code from} kept it: the grid shows a mark where a letter differs from it
 * @param changes  every change, with when it was last saved where the history knows
 */
public record RoundComparison(Round from, Optional<Round> to, Workshop baseline, List<Change> changes) {
    public RoundComparison {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(baseline, "baseline");
        changes = List.copyOf(changes);
    }

    /**
     * Compares {@code then} (what round {@code from} kept) with {@code later}, dating each change from the history
     * ({@code lastChanged}: subject → when it was last saved).
     */
    public static RoundComparison of(Round from, Optional<Round> to, Workshop then, Workshop later,
                                     Map<String, Instant> lastChanged) {
        List<Change> changes = WorkshopChanges.between(then, later).stream()
                .map(c -> c.at(lastChanged.get(c.subject()))).toList();
        return new RoundComparison(from, to, then, changes);
    }

    /** "Changes since Round 1", or "Changes from Round 1 to Round 2". */
    public String title() {
        return to.map(t -> "Changes from " + from.name() + " to " + t.name()).orElse("Changes since " + from.name());
    }

    /**
     * True when the cell holds another letter than the round kept (for a cell of a row or column added since, any
     * letter). The grid marks it; the tooltip says the old letter ({@link #letterThen}).
     */
    public boolean changed(Cell cell, Raci now) {
        return baseline.letter(cell.activityId(), cell.roleId()).orElse(null) != now;
    }

    /**
     * Whether a row marked agreed no longer holds what was agreed: one of its letters differs from what the round kept
     * (a row added since has nothing kept, so any letter differs), and the room has not agreed it again since the
     * round was closed. Such a row must not read "Agreed": the screens say {@link #changedSinceLabel()} instead, until
     * the row is agreed again. A row not marked agreed is never "changed since": open and disputed say so already.
     */
    public boolean agreedRowChanged(Workshop now, UUID activityId) {
        Optional<Activity> row = now.activity(activityId);
        if (row.isEmpty() || row.get().status() != ActivityStatus.AGREED) {
            return false;
        }
        boolean agreedAgain = now.guide().agreement(activityId)
                .map(agreement -> agreement.agreedAt().isAfter(from.closedAt())).orElse(false);
        if (agreedAgain) {
            return false;
        }
        Set<UUID> roles = new LinkedHashSet<>();
        now.roles().forEach(role -> roles.add(role.id()));
        baseline.roles().forEach(role -> roles.add(role.id()));
        for (UUID role : roles) {
            if (!now.letter(activityId, role).equals(baseline.letter(activityId, role))) {
                return true;
            }
        }
        return false;
    }

    /** "Changed since Round 2": what a changed agreed row reads instead of "Agreed". */
    public String changedSinceLabel() {
        return "Changed since " + from.name();
    }

    /** The letter the round kept in the cell, if any. */
    public Optional<Raci> letterThen(Cell cell) {
        return baseline.letter(cell.activityId(), cell.roleId());
    }
}
