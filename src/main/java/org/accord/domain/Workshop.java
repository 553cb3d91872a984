package org.accord.domain;

import static org.accord.domain.Lists.append;
import static org.accord.domain.Lists.swap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.accord.domain.guide.ActivityAgreement;
import org.accord.domain.guide.AgendaProgress;
import org.accord.domain.guide.BlindEntry;
import org.accord.domain.guide.BlindEntry.Difference;
import org.accord.domain.guide.BlindEntry.SettledBy;
import org.accord.domain.guide.BlindEntry.Settlement;
import org.accord.domain.guide.Guide;
import org.accord.domain.guide.Leader;
import org.accord.domain.guide.StandardGuide;

/**
 * One workshop: its details, the groups, the roles (columns), the activities (rows) and the letters in the matrix.
 *
 * <p>The {@link Guide} holds what the workshop gathers around the matrix (agenda, goals, blind entry, campaign,
 * portfolio, agreements). Immutable: every change returns a new workshop, so an edit's "before" and "after" are simply two values.
 * Undo, redo and saving only the difference all follow from that. The activity list is kept in screen order:
 * grouped by the order of the groups, and within a group in the order the facilitator chose. The letters are a
 * {@link LetterGrid}: a changed letter shares every other row with the workshop before, so the undo history's hundreds
 * of workshops cost little more than one.
 *
 * @param id 0 until the store has saved it
 */
public record Workshop(long id, WorkshopDetails details, Instant createdAt, Instant lastEditedAt, int consultedLimit,
                       List<String> groups, List<Role> roles, List<Activity> activities, Map<Cell, Raci> letters,
                       Guide guide) {

    public static final int DEFAULT_CONSULTED_LIMIT = 3;

    /**
     * The most activities a workshop takes from an edit or an import. A workshop of one or two hours discusses tens
     * of rows; this leaves room for a whole portfolio pasted in while keeping the screen, the checks and the
     * exports quick (the benchmark times importing this many). Checked where activities are added, not when a
     * workshop is loaded, so nothing already saved is ever refused.
     */
    public static final int MAX_ACTIVITIES = 10_000;

    public Workshop {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastEditedAt, "lastEditedAt");
        if (consultedLimit < 0) {
            throw new ValidationException("The limit of Consulted roles cannot be negative.");
        }
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
            // New rows or columns: checked here, once. Most changes keep them (the time of the last edit, a title, a
            // guide step, a letter), and a workshop that keeps them takes over its letters as they are: each letter
            // typed makes two or three workshops, and checking 300 names every time was most of what a keystroke
            // allocated. A grid is only laid out here, after these checks, so the same lists were checked before.
            requireUniqueNames(roles, Role::name, "role");
            requireUniqueLabels(roles);
            requireUniqueNames(activities, Activity::name, "activity");
            letters = LetterGrid.of(letters, roles, activities);
        }
        Objects.requireNonNull(guide, "guide");
    }

    /** A new, unsaved workshop. */
    public static Workshop create(WorkshopDetails details, Instant now, List<String> groups, List<Role> roles,
                                  List<Activity> activities) {
        return new Workshop(0, details, now, now, DEFAULT_CONSULTED_LIMIT, groups, roles, activities, Map.of(),
                StandardGuide.create());
    }

    // ---- reading ----

    public String title() {
        return details.title();
    }

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

    // ---- changing: each returns a new workshop ----

    public Workshop withId(long newId) {
        return new Workshop(newId, details, createdAt, lastEditedAt, consultedLimit, groups, roles, activities, letters, guide);
    }

    public Workshop withDetails(WorkshopDetails newDetails) {
        return new Workshop(id, newDetails, createdAt, lastEditedAt, consultedLimit, groups, roles, activities, letters, guide);
    }

    public Workshop withLastEditedAt(Instant when) {
        return new Workshop(id, details, createdAt, when, consultedLimit, groups, roles, activities, letters, guide);
    }

    public Workshop withConsultedLimit(int limit) {
        return new Workshop(id, details, createdAt, lastEditedAt, limit, groups, roles, activities, letters, guide);
    }

    /** Sets or clears ({@code letter == null}) one cell. */
    public Workshop withLetter(UUID activityId, UUID roleId, Raci letter) {
        requireActivity(activityId);
        requireRole(roleId);
        return withLetters(grid().with(new Cell(activityId, roleId), letter));
    }

    private Workshop withLetters(Map<Cell, Raci> next) {
        return new Workshop(id, details, createdAt, lastEditedAt, consultedLimit, groups, roles, activities, next, guide);
    }

    /** The letters as the constructor keeps them. */
    private LetterGrid grid() {
        return (LetterGrid) letters;
    }

    /** The letters without the cells that match; laid out again by the new workshop's constructor. */
    private Map<Cell, Raci> lettersWithout(Predicate<Cell> dropped) {
        Map<Cell, Raci> kept = new LinkedHashMap<>();
        letters.forEach((cell, letter) -> {
            if (!dropped.test(cell)) {
                kept.put(cell, letter);
            }
        });
        return kept;
    }

    /**
     * Calls {@code change} for every cell whose letter differs from {@code before}'s: with the letter it holds now, or
     * {@code null} where it was emptied. What saving writes; after an edit that keeps the rows and columns it
     * compares only the rows that changed.
     */
    public void forEachLetterChange(Workshop before, BiConsumer<Cell, Raci> change) {
        grid().forEachChange(before.letters, change);
    }

    public Workshop withActivityAdded(Activity activity) {
        return withActivitiesAdded(List.of(activity));
    }

    /**
     * Adds activities in the order given, new groups after the existing ones. One new workshop, checked once: adding
     * thousands one at a time checked every name again for each (an import of 10,000 rows took minutes).
     *
     * @throws ValidationException if a name is taken or the workshop would hold more than {@link #MAX_ACTIVITIES}
     */
    public Workshop withActivitiesAdded(List<Activity> added) {
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
        return new Workshop(id, details, createdAt, lastEditedAt, consultedLimit, nextGroups, roles, next, letters, guide);
    }

    /** Refuses, in the facilitator's words, to go over {@link #MAX_ACTIVITIES}. */
    public void requireRoomFor(int moreActivities) {
        if (moreActivities > roomForActivities()) {
            throw new ValidationException(String.format(Locale.ROOT,
                    "A workshop holds at most %,d activities; this one has %,d, so at most %,d more can be added, not %,d.",
                    MAX_ACTIVITIES, activities.size(), roomForActivities(), moreActivities));
        }
    }

    /** How many activities can still be added. */
    public int roomForActivities() {
        return Math.max(0, MAX_ACTIVITIES - activities.size());
    }

    /** Sets several letters at once (a {@code null} letter clears its cell); every cell must be in the workshop. */
    public Workshop withLettersSet(Map<Cell, Raci> changes) {
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

    /** Replaces the activity with the same id (rename, description, group, rationale, status). */
    public Workshop withActivity(Activity changed) {
        requireActivity(changed.id());
        List<String> nextGroups = groups.contains(changed.group()) ? groups : append(groups, changed.group());
        List<Activity> next = activities.stream().map(a -> a.id().equals(changed.id()) ? changed : a).toList();
        // An agreement names who agreed a row and when; it lapses when the row is no longer marked agreed.
        Guide nextGuide = changed.status() == ActivityStatus.AGREED ? guide : guide.withoutAgreement(changed.id());
        return new Workshop(id, details, createdAt, lastEditedAt, consultedLimit, nextGroups, roles, next, letters,
                nextGuide);
    }

    public Workshop withActivityChanged(UUID activityId, UnaryOperator<Activity> change) {
        return withActivity(change.apply(requireActivity(activityId)));
    }

    public Workshop withActivityRemoved(UUID activityId) {
        requireActivity(activityId);
        List<Activity> next = activities.stream().filter(a -> !a.id().equals(activityId)).toList();
        Map<Cell, Raci> nextLetters = lettersWithout(c -> c.activityId().equals(activityId));
        return new Workshop(id, details, createdAt, lastEditedAt, consultedLimit, groups, roles, next, nextLetters,
                guide.withoutActivity(activityId));
    }

    /** Moves an activity up (-1) or down (+1) within its group; at the edge of its group nothing changes. */
    public Workshop withActivityMoved(UUID activityId, int step) {
        Activity moving = requireActivity(activityId);
        List<Activity> inGroup = activitiesIn(moving.group());
        int from = inGroup.indexOf(moving);
        int to = from + Integer.signum(step);
        if (to < 0 || to >= inGroup.size()) {
            return this;
        }
        return new Workshop(id, details, createdAt, lastEditedAt, consultedLimit, groups, roles,
                swap(activities, activities.indexOf(moving), activities.indexOf(inGroup.get(to))), letters, guide);
    }

    public Workshop withRoleAdded(Role role) {
        return new Workshop(id, details, createdAt, lastEditedAt, consultedLimit, groups, append(roles, role),
                activities, letters, guide);
    }

    /** Replaces the role with the same id (rename, label, side). */
    public Workshop withRole(Role changed) {
        requireRole(changed.id());
        List<Role> next = roles.stream().map(r -> r.id().equals(changed.id()) ? changed : r).toList();
        return new Workshop(id, details, createdAt, lastEditedAt, consultedLimit, groups, next, activities, letters, guide);
    }

    public Workshop withRoleRemoved(UUID roleId) {
        requireRole(roleId);
        List<Role> next = roles.stream().filter(r -> !r.id().equals(roleId)).toList();
        Map<Cell, Raci> nextLetters = lettersWithout(c -> c.roleId().equals(roleId));
        return new Workshop(id, details, createdAt, lastEditedAt, consultedLimit, groups, next, activities, nextLetters,
                guide.withoutRole(roleId));
    }

    /** Moves a role left (-1) or right (+1); at the edge nothing changes. */
    public Workshop withRoleMoved(UUID roleId, int step) {
        int from = roles.indexOf(requireRole(roleId));
        int to = from + Integer.signum(step);
        if (to < 0 || to >= roles.size()) {
            return this;
        }
        return new Workshop(id, details, createdAt, lastEditedAt, consultedLimit, groups, swap(roles, from, to),
                activities, letters, guide);
    }

    public Workshop withGroupAdded(String group) {
        return new Workshop(id, details, createdAt, lastEditedAt, consultedLimit,
                append(groups, Names.clean(group, "the group name")), roles, activities, letters, guide);
    }

    /** Renames a group and moves its activities along with it. */
    public Workshop withGroupRenamed(String group, String newName) {
        String cleaned = Names.clean(newName, "the group name");
        requireGroup(group);
        List<String> nextGroups = groups.stream().map(g -> g.equals(group) ? cleaned : g).toList();
        List<Activity> next = activities.stream().map(a -> a.group().equals(group) ? a.withGroup(cleaned) : a).toList();
        return new Workshop(id, details, createdAt, lastEditedAt, consultedLimit, nextGroups, roles, next, letters, guide);
    }

    /** Removes an empty group; a group that still has activities is refused. */
    public Workshop withGroupRemoved(String group) {
        requireGroup(group);
        if (!activitiesIn(group).isEmpty()) {
            throw new ValidationException("The group " + Messages.quote(group) + " still has activities. Move or remove them first.");
        }
        List<String> nextGroups = groups.stream().filter(g -> !g.equals(group)).toList();
        return new Workshop(id, details, createdAt, lastEditedAt, consultedLimit, nextGroups, roles, activities, letters, guide);
    }

    public Workshop withGroupMoved(String group, int step) {
        requireGroup(group);
        int from = groups.indexOf(group);
        int to = from + Integer.signum(step);
        if (to < 0 || to >= groups.size()) {
            return this;
        }
        return new Workshop(id, details, createdAt, lastEditedAt, consultedLimit, swap(groups, from, to), roles,
                activities, letters, guide);
    }

    // ---- the guide: agenda, participants, goals, blind entry, campaign, portfolio, agreements ----

    public Workshop withGuide(Guide next) {
        return new Workshop(id, details, createdAt, lastEditedAt, consultedLimit, groups, roles, activities, letters, next);
    }

    public Workshop withGuideChanged(UnaryOperator<Guide> change) {
        return withGuide(change.apply(guide));
    }

    /**
     * This workshop as it is opened again: a timer still running in it was left running when Accord closed or was
     * killed, and stops where it was last known to run, so the time the program was closed never counts.
     */
    public Workshop withTimersStoppedWhereLastSeen() {
        var progress = guide.progress();
        var stopped = progress.stoppedWhereLastSeen(lastEditedAt);
        return stopped == progress ? this : withGuide(guide.withProgress(stopped));
    }

    /** Sets or clears one cell of a leader's blind view; the activity and role must exist. */
    public Workshop withBlindLetter(Leader leader, UUID activityId, UUID roleId, Raci letter) {
        requireActivity(activityId);
        requireRole(roleId);
        return withGuide(guide.withBlindEntry(guide.blindEntry().withLetter(leader, activityId, roleId, letter)));
    }

    /**
     * Reveals the two blind views: the cells where both hold the same letter go into the agreed matrix (replacing
     * what was there), and the cells where they differ wait to be settled one by one.
     */
    public Workshop withBlindViewsRevealed() {
        Map<Cell, Raci> next = new LinkedHashMap<>(letters);
        next.putAll(guide.blindEntry().agreedCells());
        return withLetters(next).withGuide(guide.withBlindEntry(guide.blindEntry().reveal()));
    }

    /** The cells where the revealed blind views differ, in screen order. */
    public List<Difference> blindDifferences() {
        return guide.blindEntry().differences(activities.stream().map(Activity::id).toList(),
                roles.stream().map(Role::id).toList());
    }

    /**
     * Settles one difference into the agreed matrix: with the CIO's letter, the CMO's, or another answer the room
     * chose ({@code other}, which may be {@code null} for an empty cell).
     */
    public Workshop withDifferenceSettled(UUID activityId, UUID roleId, SettledBy by, Raci other) {
        Difference difference = blindDifferences().stream()
                .filter(d -> d.activityId().equals(activityId) && d.roleId().equals(roleId)).findFirst()
                .orElseThrow(() -> new ValidationException("The two views agree on that cell; there is nothing to settle."));
        Raci agreed = switch (by) {
            case CIO_VIEW -> difference.cio();
            case CMO_VIEW -> difference.cmo();
            case OTHER -> other;
        };
        BlindEntry settled = guide.blindEntry().settled(new Settlement(activityId, roleId, agreed, by));
        return withLetter(activityId, roleId, agreed).withGuide(guide.withBlindEntry(settled));
    }

    /** Marks a row agreed, with who agreed it and when. */
    public Workshop withActivityAgreed(UUID activityId, String agreedBy, Instant when) {
        ActivityAgreement agreement = new ActivityAgreement(activityId, agreedBy, when);
        Workshop marked = withActivityChanged(activityId, a -> a.withStatus(ActivityStatus.AGREED));
        return marked.withGuide(marked.guide.withAgreement(agreement));
    }

    /**
     * A copy with fresh ids for every role and activity, for a follow-up workshop; unsaved. The guide comes along
     * (goals, participants, agreements, action items to review), with the agenda back at its first step and every
     * timer at zero.
     */
    public Workshop duplicate(String newTitle, Instant now) {
        Map<UUID, UUID> newIds = new LinkedHashMap<>();
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
        return new Workshop(0, details.withTitle(newTitle), now, now, consultedLimit, groups, newRoles, newActivities,
                newLetters,
                guide.remapped(newIds).withProgress(new AgendaProgress(null, Map.of())));
    }

    // ---- invariants ----

    private Activity requireActivity(UUID activityId) {
        return activity(activityId).orElseThrow(() -> new ValidationException("That activity is no longer in the workshop."));
    }

    private Role requireRole(UUID roleId) {
        return role(roleId).orElseThrow(() -> new ValidationException("That role is no longer in the workshop."));
    }

    private void requireGroup(String group) {
        if (!groups.contains(group)) {
            throw new ValidationException("The group " + Messages.quote(group) + " is no longer in the workshop.");
        }
    }

    private static <T> void requireUniqueNames(List<T> items, java.util.function.Function<T, String> name, String what) {
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

    /** The role with this short label (compared like names), if any. */
    public Optional<Role> roleLabelled(String label) {
        String key = Names.key(label);
        return roles.stream().filter(r -> Names.key(r.shortLabel()).equals(key)).findFirst();
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
