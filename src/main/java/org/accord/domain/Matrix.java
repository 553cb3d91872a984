package org.accord.domain;

import static org.accord.domain.Lists.append;
import static org.accord.domain.Lists.swap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The RACI matrix of a {@link Workshop}: the groups, the roles (columns), the activities (rows) and the letters in
 * its cells. These four change together (a removed role takes its letters along, an activity in a new group adds the
 * group), and the checks that tie them (unique names and labels, every activity in a known group, every letter in a
 * known cell) live here with them. Immutable: every change returns a new matrix.
 *
 * <p>The activity list is kept in screen order: grouped by the order of the groups, and within a group in the order
 * the facilitator chose. The letters are a {@link LetterGrid}: a changed letter shares every other row with the
 * matrix before, so the undo history's hundreds of workshops cost little more than one.
 */
public record Matrix(List<String> groups, List<Role> roles, List<Activity> activities, Map<Cell, Raci> letters) {

    /**
     * The most activities a matrix takes from an edit or an import. A workshop of one or two hours discusses tens of
     * rows; this leaves room for a whole portfolio pasted in while keeping the screen, the checks and the exports
     * quick (the benchmark times importing this many). Checked where activities are added, not when a workshop is
     * loaded, so nothing already saved is ever refused.
     */
    public static final int MAX_ACTIVITIES = 10_000;

    public static final Matrix EMPTY = new Matrix(List.of(), List.of(), List.of(), Map.of());

    public Matrix {
        groups = List.copyOf(groups);
        roles = List.copyOf(roles);
        requireUniqueNames(groups, g -> g, "group");
        // Looked up once per activity: with a list's indexOf, thousands of rows in thousands of groups was quadratic.
        Map<String, Integer> groupPositions = new HashMap<>(groups.size() * 2);
        for (int i = 0; i < groups.size(); i++) {
            groupPositions.put(groups.get(i), i);
        }
        for (Activity activity : activities) {
            if (!groupPositions.containsKey(activity.group())) {
                throw new IllegalArgumentException("Activity \"" + activity.name() + "\" is in an unknown group: " + activity.group());
            }
        }
        activities = inScreenOrder(groupPositions, activities);
        if (!(letters instanceof LetterGrid grid && grid.isFor(roles, activities))) {
            // New rows or columns: checked here, once. A letter typed keeps them, and a matrix that keeps them takes
            // over its letters as they are: each letter typed makes two or three workshops, and checking 300 names
            // every time was most of what a keystroke allocated. A grid is only laid out here, after these checks,
            // so the same lists were checked before. (A change outside the matrix keeps the matrix itself.)
            requireUniqueNames(roles, Role::name, "role");
            requireUniqueLabels(roles);
            requireUniqueNames(activities, Activity::name, "activity");
            letters = LetterGrid.of(letters, roles, activities);
        }
    }

    // ---- reading ----

    public Optional<Raci> letter(UUID activityId, UUID roleId) {
        return Optional.ofNullable(letters.get(new Cell(activityId, roleId)));
    }

    public Optional<Activity> activity(UUID activityId) {
        // By position, not by search: reading a workshop file sets each letter by id, thousands of them.
        Integer row = grid().activityPositions().get(activityId);
        return row == null ? Optional.empty() : Optional.of(activities.get(row));
    }

    public Optional<Role> role(UUID roleId) {
        return roles.stream().filter(r -> r.id().equals(roleId)).findFirst();
    }

    /** The role with this short label (compared like names), if any. */
    public Optional<Role> roleLabelled(String label) {
        String key = Names.key(label);
        return roles.stream().filter(r -> Names.key(r.shortLabel()).equals(key)).findFirst();
    }

    public List<Activity> activitiesIn(String group) {
        return activities.stream().filter(a -> a.group().equals(group)).toList();
    }

    /** Each role's position among the roles (its column), by id. */
    public Map<UUID, Integer> rolePositions() {
        return grid().rolePositions();
    }

    /** Each activity's position among the activities (its row, in screen order), by id. */
    public Map<UUID, Integer> activityPositions() {
        return grid().activityPositions();
    }

    /** Letters a role holds anywhere in the matrix. */
    public long lettersOf(UUID roleId) {
        return letters.keySet().stream().filter(c -> c.roleId().equals(roleId)).count();
    }

    /**
     * Calls {@code change} for every cell whose letter differs from {@code before}'s: with the letter it holds now, or
     * {@code null} where it was emptied. What saving writes; after an edit that keeps the rows and columns it
     * compares only the rows that changed.
     */
    public void forEachLetterChange(Matrix before, BiConsumer<Cell, Raci> change) {
        grid().forEachChange(before.letters, change);
    }

    /** How many activities can still be added. */
    public int roomForActivities() {
        return Math.max(0, MAX_ACTIVITIES - activities.size());
    }

    /** Refuses, in the facilitator's words, to go over {@link #MAX_ACTIVITIES}. */
    public void requireRoomFor(int moreActivities) {
        if (moreActivities > roomForActivities()) {
            throw new ValidationException(String.format(Locale.ROOT,
                    "A workshop holds at most %,d activities; this one has %,d, so at most %,d more can be added, not %,d.",
                    MAX_ACTIVITIES, activities.size(), roomForActivities(), moreActivities));
        }
    }

    // ---- letters ----

    /** Sets or clears ({@code letter == null}) one cell. */
    public Matrix withLetter(UUID activityId, UUID roleId, Raci letter) {
        requireActivity(activityId);
        requireRole(roleId);
        return withLetters(grid().with(new Cell(activityId, roleId), letter));
    }

    /** Sets several letters at once (a {@code null} letter clears its cell); every cell must be in the matrix. */
    public Matrix withLettersSet(Map<Cell, Raci> changes) {
        Map<UUID, Integer> rows = activityPositions();
        Map<UUID, Integer> columns = rolePositions();
        Map<Cell, Raci> next = new LinkedHashMap<>(letters);
        changes.forEach((cell, letter) -> {
            if (!rows.containsKey(cell.activityId())) {
                throw new ValidationException("That activity is no longer in the workshop.");
            }
            if (!columns.containsKey(cell.roleId())) {
                throw new ValidationException("That role is no longer in the workshop.");
            }
            if (letter == null) {
                next.remove(cell);
            } else {
                next.put(cell, letter);
            }
        });
        return withLetters(next);
    }

    private Matrix withLetters(Map<Cell, Raci> next) {
        return new Matrix(groups, roles, activities, next);
    }

    // ---- activities (rows) ----

    /**
     * Adds activities in the order given, new groups after the existing ones. One new matrix, checked once: adding
     * thousands one at a time checked every name again for each (an import of 10,000 rows took minutes).
     *
     * @throws ValidationException if a name is taken or the matrix would hold more than {@link #MAX_ACTIVITIES}
     */
    public Matrix withActivitiesAdded(List<Activity> added) {
        requireRoomFor(added.size());
        List<String> nextGroups = new ArrayList<>(groups);
        Set<String> known = new HashSet<>(groups);
        for (Activity activity : added) {
            if (known.add(activity.group())) {
                nextGroups.add(activity.group());
            }
        }
        List<Activity> next = new ArrayList<>(activities.size() + added.size());
        next.addAll(activities);
        next.addAll(added);
        return new Matrix(nextGroups, roles, next, letters);
    }

    /** Replaces the activity with the same id (rename, description, group, rationale, status). */
    public Matrix withActivity(Activity changed) {
        requireActivity(changed.id());
        List<String> nextGroups = groups.contains(changed.group()) ? groups : append(groups, changed.group());
        List<Activity> next = activities.stream().map(a -> a.id().equals(changed.id()) ? changed : a).toList();
        return new Matrix(nextGroups, roles, next, letters);
    }

    public Matrix withActivityRemoved(UUID activityId) {
        requireActivity(activityId);
        List<Activity> next = activities.stream().filter(a -> !a.id().equals(activityId)).toList();
        return new Matrix(groups, roles, next, lettersWithout(c -> c.activityId().equals(activityId)));
    }

    /** Moves an activity up (-1) or down (+1) within its group; at the edge of its group nothing changes. */
    public Matrix withActivityMoved(UUID activityId, int step) {
        Activity moving = requireActivity(activityId);
        List<Activity> inGroup = activitiesIn(moving.group());
        int from = inGroup.indexOf(moving);
        int to = from + Integer.signum(step);
        if (to < 0 || to >= inGroup.size()) {
            return this;
        }
        return new Matrix(groups, roles,
                swap(activities, activities.indexOf(moving), activities.indexOf(inGroup.get(to))), letters);
    }

    // ---- roles (columns) ----

    public Matrix withRoleAdded(Role role) {
        return new Matrix(groups, append(roles, role), activities, letters);
    }

    /** Replaces the role with the same id (rename, label, side). */
    public Matrix withRole(Role changed) {
        requireRole(changed.id());
        List<Role> next = roles.stream().map(r -> r.id().equals(changed.id()) ? changed : r).toList();
        return new Matrix(groups, next, activities, letters);
    }

    public Matrix withRoleRemoved(UUID roleId) {
        requireRole(roleId);
        List<Role> next = roles.stream().filter(r -> !r.id().equals(roleId)).toList();
        return new Matrix(groups, next, activities, lettersWithout(c -> c.roleId().equals(roleId)));
    }

    /** Moves a role left (-1) or right (+1); at the edge nothing changes. */
    public Matrix withRoleMoved(UUID roleId, int step) {
        int from = roles.indexOf(requireRole(roleId));
        int to = from + Integer.signum(step);
        if (to < 0 || to >= roles.size()) {
            return this;
        }
        return new Matrix(groups, swap(roles, from, to), activities, letters);
    }

    // ---- groups ----

    public Matrix withGroupAdded(String group) {
        return new Matrix(append(groups, Names.clean(group, "the group name")), roles, activities, letters);
    }

    /** Renames a group and moves its activities along with it. */
    public Matrix withGroupRenamed(String group, String newName) {
        String cleaned = Names.clean(newName, "the group name");
        requireGroup(group);
        List<String> nextGroups = groups.stream().map(g -> g.equals(group) ? cleaned : g).toList();
        List<Activity> next = activities.stream().map(a -> a.group().equals(group) ? a.withGroup(cleaned) : a).toList();
        return new Matrix(nextGroups, roles, next, letters);
    }

    /** Removes an empty group; a group that still has activities is refused. */
    public Matrix withGroupRemoved(String group) {
        requireGroup(group);
        if (!activitiesIn(group).isEmpty()) {
            throw new ValidationException("The group " + Messages.quote(group) + " still has activities. Move or remove them first.");
        }
        return new Matrix(groups.stream().filter(g -> !g.equals(group)).toList(), roles, activities, letters);
    }

    public Matrix withGroupMoved(String group, int step) {
        requireGroup(group);
        int from = groups.indexOf(group);
        int to = from + Integer.signum(step);
        if (to < 0 || to >= groups.size()) {
            return this;
        }
        return new Matrix(swap(groups, from, to), roles, activities, letters);
    }

    /**
     * The same matrix with a fresh id for every role and activity, for a follow-up workshop. {@code newIds} receives
     * each old id with its new one, so that what refers to them (the guide) can follow.
     */
    public Matrix withFreshIds(Map<UUID, UUID> newIds) {
        List<Role> newRoles = roles.stream().map(r -> {
            Role copy = new Role(UUID.randomUUID(), r.name(), r.shortLabel(), r.side());
            newIds.put(r.id(), copy.id());
            return copy;
        }).toList();
        List<Activity> newActivities = activities.stream().map(a -> {
            Activity copy = new Activity(UUID.randomUUID(), a.name(), a.description(), a.group(), a.rationale(), a.status());
            newIds.put(a.id(), copy.id());
            return copy;
        }).toList();
        Map<Cell, Raci> newLetters = new LinkedHashMap<>();
        letters.forEach((cell, letter) ->
                newLetters.put(new Cell(newIds.get(cell.activityId()), newIds.get(cell.roleId())), letter));
        return new Matrix(groups, newRoles, newActivities, newLetters);
    }

    // ---- invariants ----

    Activity requireActivity(UUID activityId) {
        return activity(activityId).orElseThrow(() -> new ValidationException("That activity is no longer in the workshop."));
    }

    Role requireRole(UUID roleId) {
        return role(roleId).orElseThrow(() -> new ValidationException("That role is no longer in the workshop."));
    }

    private void requireGroup(String group) {
        if (!groups.contains(group)) {
            throw new ValidationException("The group " + Messages.quote(group) + " is no longer in the workshop.");
        }
    }

    /** The letters as the constructor keeps them. */
    private LetterGrid grid() {
        return (LetterGrid) letters;
    }

    /** The letters without the cells that match; laid out again by the new matrix's constructor. */
    private Map<Cell, Raci> lettersWithout(Predicate<Cell> dropped) {
        Map<Cell, Raci> kept = new LinkedHashMap<>();
        letters.forEach((cell, letter) -> {
            if (!dropped.test(cell)) {
                kept.put(cell, letter);
            }
        });
        return kept;
    }

    private static <T> void requireUniqueNames(List<T> items, Function<T, String> name, String what) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String n = name.apply(item);
            if (!seen.add(Names.key(n))) {
                throw nameTaken(what, n);
            }
        }
    }

    /** The refusal of a second {@code what} ("activity", "role", "group") with this name: one wording everywhere. */
    public static ValidationException nameTaken(String what, String name) {
        return new ValidationException("There is already " + article(what) + " " + what + " called "
                + Messages.quote(name) + " in this workshop. Choose another name.");
    }

    /** Short labels head the columns on screen, in the PDF and in the CSV, so two roles may not share one. */
    private static void requireUniqueLabels(List<Role> roles) {
        Set<String> seen = new HashSet<>();
        for (Role role : roles) {
            if (!seen.add(Names.key(role.shortLabel()))) {
                throw new ValidationException("Another role already has the short label " + Messages.quote(role.shortLabel())
                        + ". Choose another label.");
            }
        }
    }

    private static String article(String what) {
        return "aeiou".indexOf(what.charAt(0)) >= 0 ? "an" : "a";
    }

    /**
     * Stable sort by the group's position: keeps the facilitator's order within each group. A list already in that
     * order is kept as it is (the same list), so that its {@link LetterGrid} is taken over.
     */
    private static List<Activity> inScreenOrder(Map<String, Integer> groups, List<Activity> activities) {
        List<Activity> list = List.copyOf(activities); // the same list, if it is an unmodifiable one already
        int previous = -1;
        boolean ordered = true;
        for (Activity activity : list) {
            int position = groups.get(activity.group());
            ordered &= position >= previous;
            previous = position;
        }
        if (ordered) {
            return list;
        }
        List<Activity> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(a -> groups.get(a.group())));
        return List.copyOf(sorted);
    }
}
