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

    /** The key of the unit "the workshop's details"; see {@link Conflict#key}. */
    public static final String DETAILS = "details";
    public static final String CONSULTED_LIMIT = "consulted-limit";
    public static final String GROUPS = "groups";
    public static final String ROLES = "roles";
    public static final String ACTIVITIES = "activities";
    public static final String GUIDE = "guide";

    /**
     * One unit both changed differently: {@code key} says which (one of the constants above, or {@link #cellKey} for
     * a cell) and is what a choice names; {@code what} names it for the facilitator ("the cell Martech roadmap ×
     * CIO"); {@code mine} and {@code theirs} say each version in a few words ("A", "empty", "renamed Budget to …").
     */
    public record Conflict(String key, String what, String mine, String theirs) {
    }

    /** The key of one cell's conflict. */
    public static String cellKey(Cell cell) {
        return "cell:" + cell.activityId() + ":" + cell.roleId();
    }

    /**
     * The merged workshop, and the units both changed differently and not settled by a choice. With a conflict left
     * unsettled, the merged workshop holds theirs for the conflicting units (so it is whole), and must not be saved as
     * it is.
     */
    public record Result(Workshop merged, List<Conflict> unsettled) {
        public boolean clean() {
            return unsettled.isEmpty();
        }

        /** The conflicts named for the facilitator ("the cell Martech roadmap × CIO"). */
        public List<String> conflicts() {
            return unsettled.stream().map(Conflict::what).toList();
        }
    }

    /** Each conflicting unit's choice by its key; a unit not named takes {@code otherwise}. */
    private record Choices(Map<String, Keep> chosen, Keep otherwise) {
        Keep of(String key) {
            return chosen.getOrDefault(key, otherwise);
        }
    }

    private WorkshopMerge() {
    }

    /** Merges, every conflicting unit taking {@code keep} (with {@link Keep#NEITHER}: left as a conflict). */
    public static Result merge(Workshop base, Workshop mine, Workshop theirs, Keep keep) {
        return merge(base, mine, theirs, Map.of(), keep);
    }

    /**
     * Merges, each conflicting unit taking the version chosen for its {@link Conflict#key} in {@code chosen}, and a
     * unit not named there {@code otherwise} (with {@link Keep#NEITHER}: left as a conflict). The facilitator's
     * choice cell by cell.
     */
    public static Result merge(Workshop base, Workshop mine, Workshop theirs, Map<String, Keep> chosen,
                               Keep otherwise) {
        Choices keep = new Choices(Map.copyOf(chosen), otherwise);
        List<Conflict> conflicts = new ArrayList<>();
        WorkshopDetails details = pick(base.details(), mine.details(), theirs.details(), keep,
                unit(DETAILS, "the workshop's details", WorkshopMerge::describeDetails), conflicts);
        int limit = pick(base.consultedLimit(), mine.consultedLimit(), theirs.consultedLimit(), keep,
                unit(CONSULTED_LIMIT, "the limit of Consulted roles", (b, v, other) -> String.valueOf(v)), conflicts);
        List<String> groups = pick(base.groups(), mine.groups(), theirs.groups(), keep,
                unit(GROUPS, "the groups", (b, v, other) -> String.join(", ", v)), conflicts);
        List<Role> roles = pick(base.roles(), mine.roles(), theirs.roles(), keep,
                unit(ROLES, "the roles (columns)", WorkshopMerge::describeRoles), conflicts);
        List<Activity> activities = pick(base.activities(), mine.activities(), theirs.activities(), keep,
                unit(ACTIVITIES, "the activities (rows)", WorkshopMerge::describeActivities), conflicts);
        Map<Cell, Raci> letters = letters(base, mine, theirs, keep, roles, activities, conflicts);
        Guide guideMine = mine.guide().withProgress(base.guide().progress());
        Guide guideTheirs = theirs.guide().withProgress(base.guide().progress());
        Guide guide = pick(base.guide(), guideMine, guideTheirs, keep,
                unit(GUIDE, "the agenda and agreements", (b, v, other) -> "the agenda and agreements as changed here"
                        + " (the guide's steps, goals, agreements, action items)"), conflicts);
        boolean mineMovedTheMeeting = !mine.guide().progress().equals(base.guide().progress());
        guide = guide.withProgress(mineMovedTheMeeting ? mine.guide().progress() : theirs.guide().progress());
        Matrix matrix = new Matrix(groups, roles, activities, letters);
        java.time.Instant edited = mine.lastEditedAt().isAfter(theirs.lastEditedAt()) ? mine.lastEditedAt()
                : theirs.lastEditedAt();
        Workshop merged = new Workshop(theirs.id(), details, base.createdAt(), edited, limit, matrix, guide);
        return new Result(merged, List.copyOf(conflicts));
    }

    /** Says one version of a unit in a few words, given the base and the other version (to say what differs). */
    @FunctionalInterface
    private interface Describer<T> {
        String describe(T base, T version, T other);
    }

    /** A unit of the merge: its key, its name for the facilitator, and how a version of it is said. */
    private record Unit<T>(String key, String what, Describer<T> describer) {
    }

    private static <T> Unit<T> unit(String key, String what, Describer<T> describer) {
        return new Unit<>(key, what, describer);
    }

    private static <T> T pick(T base, T mine, T theirs, Choices choices, Unit<T> unit, List<Conflict> conflicts) {
        if (Objects.equals(mine, base) || Objects.equals(mine, theirs)) {
            return theirs;
        }
        if (Objects.equals(theirs, base)) {
            return mine;
        }
        Keep keep = choices.of(unit.key());
        if (keep == Keep.MINE) {
            return mine;
        }
        if (keep == Keep.NEITHER) {
            // The words are made only for a conflict: a merge without one (every poll) never builds them.
            conflicts.add(new Conflict(unit.key(), unit.what(), unit.describer().describe(base, mine, theirs),
                    unit.describer().describe(base, theirs, mine)));
        }
        return theirs;
    }

    /**
     * Each cell on its own; a letter whose row or column the merge no longer has goes with it (if it was set in this
     * version, that is a conflict: one removed the row the other was filling in).
     */
    private static Map<Cell, Raci> letters(Workshop base, Workshop mine, Workshop theirs, Choices keep,
                                           List<Role> roles, List<Activity> activities, List<Conflict> conflicts) {
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
            String key = cellKey(cell);
            Raci letter = pick(b, m, t, keep,
                    unit(key, cellName(cell, mine, theirs), (base1, v, other) -> describeLetter(v)), conflicts);
            if (!roleIds.contains(cell.roleId()) || !activityIds.contains(cell.activityId())) {
                if (!Objects.equals(m, b) && m != null && keep.of(key) == Keep.NEITHER) {
                    // Whatever is chosen, the letter goes with its row: saying so is all the choice there is.
                    conflicts.removeIf(c -> c.key().equals(key));
                    conflicts.add(new Conflict(key, cellName(cell, mine, theirs) + " (its row or column was removed)",
                            describeLetter(m), "row or column removed"));
                }
                continue;
            }
            if (letter != null) {
                merged.put(cell, letter);
            }
        }
        return merged;
    }

    private static String describeLetter(Raci letter) {
        return letter == null ? "empty" : letter.letter() + " (" + letter.meaning() + ")";
    }

    /** The details' fields that differ from the other version, each with this version's value. */
    private static String describeDetails(WorkshopDetails base, WorkshopDetails version, WorkshopDetails other) {
        List<String> parts = new ArrayList<>();
        if (!version.title().equals(other.title())) {
            parts.add("title \u201c" + version.title() + "\u201d");
        }
        if (!version.organization().equals(other.organization())) {
            parts.add("organization \u201c" + version.organization() + "\u201d");
        }
        if (!Objects.equals(version.date(), other.date())) {
            parts.add("date " + (version.date() == null ? "none" : version.date()));
        }
        if (!version.facilitator().equals(other.facilitator())) {
            parts.add("facilitator \u201c" + version.facilitator() + "\u201d");
        }
        if (!version.notes().equals(other.notes())) {
            parts.add("notes \u201c" + shorten(version.notes()) + "\u201d");
        }
        return String.join("; ", parts);
    }

    private static String describeRoles(List<Role> base, List<Role> version, List<Role> other) {
        return String.join(", ", version.stream().map(Role::shortLabel).toList());
    }

    /** What this version did to the rows since the base: "renamed Budget to Budgets; added Events; removed Ads". */
    private static String describeActivities(List<Activity> base, List<Activity> version, List<Activity> other) {
        Map<java.util.UUID, Activity> before = new LinkedHashMap<>();
        base.forEach(a -> before.put(a.id(), a));
        Set<java.util.UUID> kept = new HashSet<>();
        List<String> parts = new ArrayList<>();
        for (Activity now : version) {
            Activity was = before.get(now.id());
            kept.add(now.id());
            if (was == null) {
                parts.add("added " + now.name());
            } else if (!was.name().equals(now.name())) {
                parts.add("renamed " + was.name() + " to " + now.name());
            } else if (!was.equals(now)) {
                parts.add("changed " + now.name() + " (" + String.join(", ", activityFields(was, now)) + ")");
            }
        }
        base.stream().filter(a -> !kept.contains(a.id())).forEach(a -> parts.add("removed " + a.name()));
        if (parts.isEmpty()) {
            parts.add("moved rows");
        }
        return parts.size() <= 4 ? String.join("; ", parts)
                : String.join("; ", parts.subList(0, 4)) + " and " + (parts.size() - 4) + " more";
    }

    private static List<String> activityFields(Activity was, Activity now) {
        List<String> fields = new ArrayList<>();
        if (!was.description().equals(now.description())) {
            fields.add("description");
        }
        if (!was.group().equals(now.group())) {
            fields.add("group " + now.group());
        }
        if (!was.rationale().equals(now.rationale())) {
            fields.add("rationale \u201c" + shorten(now.rationale()) + "\u201d");
        }
        if (was.status() != now.status()) {
            fields.add("marked " + now.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        return fields;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "\u2026";
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
