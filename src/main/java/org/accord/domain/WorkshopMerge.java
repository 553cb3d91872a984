package org.accord.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.accord.domain.guide.Guide;

/**
 * Two facilitators' versions of one workshop, both made from the same saved one, made into one (a three-way merge):
 * what only one of them changed is taken from that one; what both changed the same way is taken once; what both
 * changed differently is a conflict, never settled silently (docs/decisions/0016).
 *
 * <p>The units compared: each cell's letter on its own; the details, the limit of Consulted roles, the groups, the
 * columns (roles) and the rows (activities) each as a whole; the guide as a whole apart from the meeting's progress
 * (the current step and the timers), which is not a decision of the room: the one who moved it last wins.
 */
public final class WorkshopMerge {
    /** Which version a conflicting unit takes when the facilitator has chosen. */
    public enum Keep { NEITHER, MINE, THEIRS }

    /**
     * The merged workshop, and the units both changed differently. With {@link Keep#NEITHER} and a conflict, the
     * merged workshop holds theirs for the conflicting units (so it is whole), and must not be saved as it is.
     */
    public record Result(Workshop merged, List<String> conflicts) {
        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    private WorkshopMerge() {
    }

    public static Result merge(Workshop base, Workshop mine, Workshop theirs, Keep keep) {
        List<String> conflicts = new ArrayList<>();
        WorkshopDetails details = pick(base.details(), mine.details(), theirs.details(), keep, "the workshop's details",
                conflicts);
        int limit = pick(base.consultedLimit(), mine.consultedLimit(), theirs.consultedLimit(), keep,
                "the limit of Consulted roles", conflicts);
        List<String> groups = pick(base.groups(), mine.groups(), theirs.groups(), keep, "the groups", conflicts);
        List<Role> roles = pick(base.roles(), mine.roles(), theirs.roles(), keep, "the roles (columns)", conflicts);
        List<Activity> activities = pick(base.activities(), mine.activities(), theirs.activities(), keep,
                "the activities (rows)", conflicts);
        Map<Cell, Raci> letters = letters(base, mine, theirs, keep, roles, activities, conflicts);
        Guide guideMine = mine.guide().withProgress(base.guide().progress());
        Guide guideTheirs = theirs.guide().withProgress(base.guide().progress());
        Guide guide = pick(base.guide(), guideMine, guideTheirs, keep, "the agenda and agreements", conflicts);
        boolean mineMovedTheMeeting = !mine.guide().progress().equals(base.guide().progress());
        guide = guide.withProgress(mineMovedTheMeeting ? mine.guide().progress() : theirs.guide().progress());
        Matrix matrix = new Matrix(groups, roles, activities, letters);
        java.time.Instant edited = mine.lastEditedAt().isAfter(theirs.lastEditedAt()) ? mine.lastEditedAt()
                : theirs.lastEditedAt();
        Workshop merged = new Workshop(theirs.id(), details, base.createdAt(), edited, limit, matrix, guide);
        return new Result(merged, List.copyOf(conflicts));
    }

    private static <T> T pick(T base, T mine, T theirs, Keep keep, String what, List<String> conflicts) {
        if (Objects.equals(mine, base) || Objects.equals(mine, theirs)) {
            return theirs;
        }
        if (Objects.equals(theirs, base)) {
            return mine;
        }
        if (keep == Keep.MINE) {
            return mine;
        }
        if (keep == Keep.NEITHER) {
            conflicts.add(what);
        }
        return theirs;
    }

    /**
     * Each cell on its own; a letter whose row or column the merge no longer has goes with it (if it was set in this
     * version, that is a conflict: one removed the row the other was filling in).
     */
    private static Map<Cell, Raci> letters(Workshop base, Workshop mine, Workshop theirs, Keep keep, List<Role> roles,
                                           List<Activity> activities, List<String> conflicts) {
        Set<Cell> cells = new HashSet<>(base.letters().keySet());
        cells.addAll(mine.letters().keySet());
        cells.addAll(theirs.letters().keySet());
        Set<java.util.UUID> roleIds = new HashSet<>();
        roles.forEach(r -> roleIds.add(r.id()));
        Set<java.util.UUID> activityIds = new HashSet<>();
        activities.forEach(a -> activityIds.add(a.id()));
        Map<Cell, Raci> merged = new LinkedHashMap<>();
        for (Cell cell : cells) {
            Raci b = base.letters().get(cell);
            Raci m = mine.letters().get(cell);
            Raci t = theirs.letters().get(cell);
            Raci letter = pick(b, m, t, keep, cellName(cell, mine, theirs), conflicts);
            if (!roleIds.contains(cell.roleId()) || !activityIds.contains(cell.activityId())) {
                if (!Objects.equals(m, b) && m != null && keep == Keep.NEITHER) {
                    conflicts.add(cellName(cell, mine, theirs) + " (its row or column was removed)");
                }
                continue;
            }
            if (letter != null) {
                merged.put(cell, letter);
            }
        }
        return merged;
    }

    /** "the cell Martech roadmap × CIO", named from whichever version still has the row and the column. */
    private static String cellName(Cell cell, Workshop mine, Workshop theirs) {
        String activity = nameOf(cell.activityId(), mine.activities(), theirs.activities(), Activity::id, Activity::name);
        String role = nameOf(cell.roleId(), mine.roles(), theirs.roles(), Role::id, Role::shortLabel);
        return "the cell " + activity + " × " + role;
    }

    private static <T> String nameOf(java.util.UUID id, List<T> mine, List<T> theirs,
                                     java.util.function.Function<T, java.util.UUID> idOf,
                                     java.util.function.Function<T, String> nameOf) {
        for (List<T> list : List.of(mine, theirs)) {
            for (T item : list) {
                if (idOf.apply(item).equals(id)) {
                    return nameOf.apply(item);
                }
            }
        }
        return "(removed)";
    }
}
