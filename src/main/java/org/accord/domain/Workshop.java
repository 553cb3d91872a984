package org.accord.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
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
 * One workshop: its details, its {@link Matrix} (the groups, the roles as columns, the activities as rows and the
 * letters in the cells) and its {@link Guide}.
 *
 * <p>The guide holds what the workshop gathers around the matrix (agenda, goals, blind entry, campaign, portfolio,
 * agreements). Immutable: every change returns a new workshop, so an edit's "before" and "after" are simply two
 * values. Undo, redo and saving only the difference all follow from that. A change outside the matrix (a title, the
 * time of the last edit, a guide step) keeps the matrix itself, so the undo history's hundreds of workshops share it.
 *
 * <p>The matrix's readers and changes are offered here too, as one-line delegates, so that callers keep saying
 * {@code workshop.withLetter(…)}; the changes that also touch the guide (a removed row takes its agreement along) are
 * written here, where both are in reach.
 *
 * @param id 0 until the store has saved it
 */
public record Workshop(long id, WorkshopDetails details, Instant createdAt, Instant lastEditedAt, int consultedLimit,
                       Matrix matrix, Guide guide) {

    public static final int DEFAULT_CONSULTED_LIMIT = 3;

    /** See {@link Matrix#MAX_ACTIVITIES}. */
    public static final int MAX_ACTIVITIES = Matrix.MAX_ACTIVITIES;

    public Workshop {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastEditedAt, "lastEditedAt");
        // To the microsecond: what every store keeps (PostgreSQL's timestamps; H2's keep more). A workshop read back
        // then equals the one saved, and a version check compares like with like.
        createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
        lastEditedAt = lastEditedAt.truncatedTo(ChronoUnit.MICROS);
        if (consultedLimit < 0) {
            throw new ValidationException("The limit of Consulted roles cannot be negative.");
        }
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(guide, "guide");
    }

    /** A new, unsaved workshop. */
    public static Workshop create(WorkshopDetails details, Instant now, List<String> groups, List<Role> roles,
                                  List<Activity> activities) {
        return new Workshop(0, details, now, now, DEFAULT_CONSULTED_LIMIT, new Matrix(groups, roles, activities, Map.of()),
                StandardGuide.create());
    }

    // ---- reading ----

    public String title() {
        return details.title();
    }

    public List<String> groups() {
        return matrix.groups();
    }

    public List<Role> roles() {
        return matrix.roles();
    }

    /** In screen order: grouped by the order of the groups, within a group in the facilitator's order. */
    public List<Activity> activities() {
        return matrix.activities();
    }

    public Map<Cell, Raci> letters() {
        return matrix.letters();
    }

    public Optional<Raci> letter(UUID activityId, UUID roleId) {
        return matrix.letter(activityId, roleId);
    }

    public Optional<Activity> activity(UUID activityId) {
        return matrix.activity(activityId);
    }

    public Optional<Role> role(UUID roleId) {
        return matrix.role(roleId);
    }

    /** The role with this short label (compared like names), if any. */
    public Optional<Role> roleLabelled(String label) {
        return matrix.roleLabelled(label);
    }

    public List<Activity> activitiesIn(String group) {
        return matrix.activitiesIn(group);
    }

    /** Each role's position among the roles (its column), by id. */
    public Map<UUID, Integer> rolePositions() {
        return matrix.rolePositions();
    }

    /** Each activity's position among the activities (its row, in screen order), by id. */
    public Map<UUID, Integer> activityPositions() {
        return matrix.activityPositions();
    }

    /** Letters a role holds anywhere in the matrix. */
    public long lettersOf(UUID roleId) {
        return matrix.lettersOf(roleId);
    }

    /** See {@link Matrix#forEachLetterChange}: what saving writes. */
    public void forEachLetterChange(Workshop before, BiConsumer<Cell, Raci> change) {
        matrix.forEachLetterChange(before.matrix, change);
    }

    /** How many activities can still be added. */
    public int roomForActivities() {
        return matrix.roomForActivities();
    }

    /** Refuses, in the facilitator's words, to go over {@link #MAX_ACTIVITIES}. */
    public void requireRoomFor(int moreActivities) {
        matrix.requireRoomFor(moreActivities);
    }

    /** The refusal of a second {@code what} ("activity", "role", "group") with this name: one wording everywhere. */
    public static ValidationException nameTaken(String what, String name) {
        return Matrix.nameTaken(what, name);
    }

    // ---- changing: each returns a new workshop ----

    public Workshop withId(long newId) {
        return new Workshop(newId, details, createdAt, lastEditedAt, consultedLimit, matrix, guide);
    }

    public Workshop withDetails(WorkshopDetails newDetails) {
        return new Workshop(id, newDetails, createdAt, lastEditedAt, consultedLimit, matrix, guide);
    }

    public Workshop withLastEditedAt(Instant when) {
        return new Workshop(id, details, createdAt, when, consultedLimit, matrix, guide);
    }

    public Workshop withConsultedLimit(int limit) {
        return new Workshop(id, details, createdAt, lastEditedAt, limit, matrix, guide);
    }

    public Workshop withMatrix(Matrix next) {
        return new Workshop(id, details, createdAt, lastEditedAt, consultedLimit, next, guide);
    }

    // ---- the matrix ----

    /** Sets or clears ({@code letter == null}) one cell. */
    public Workshop withLetter(UUID activityId, UUID roleId, Raci letter) {
        return withMatrix(matrix.withLetter(activityId, roleId, letter));
    }

    /** Sets several letters at once (a {@code null} letter clears its cell); every cell must be in the workshop. */
    public Workshop withLettersSet(Map<Cell, Raci> changes) {
        return withMatrix(matrix.withLettersSet(changes));
    }

    public Workshop withActivityAdded(Activity activity) {
        return withActivitiesAdded(List.of(activity));
    }

    /** See {@link Matrix#withActivitiesAdded}. */
    public Workshop withActivitiesAdded(List<Activity> added) {
        return withMatrix(matrix.withActivitiesAdded(added));
    }

    /** Replaces the activity with the same id (rename, description, group, rationale, status). */
    public Workshop withActivity(Activity changed) {
        Matrix next = matrix.withActivity(changed);
        // An agreement names who agreed a row and when; it lapses when the row is no longer marked agreed.
        Guide nextGuide = changed.status() == ActivityStatus.AGREED ? guide : guide.withoutAgreement(changed.id());
        return new Workshop(id, details, createdAt, lastEditedAt, consultedLimit, next, nextGuide);
    }

    public Workshop withActivityChanged(UUID activityId, UnaryOperator<Activity> change) {
        return withActivity(change.apply(matrix.requireActivity(activityId)));
    }

    /** Removes the row, its letters and whatever the guide says about it. */
    public Workshop withActivityRemoved(UUID activityId) {
        return new Workshop(id, details, createdAt, lastEditedAt, consultedLimit, matrix.withActivityRemoved(activityId),
                guide.withoutActivity(activityId));
    }

    /** Moves an activity up (-1) or down (+1) within its group; at the edge of its group nothing changes. */
    public Workshop withActivityMoved(UUID activityId, int step) {
        Matrix next = matrix.withActivityMoved(activityId, step);
        return next == matrix ? this : withMatrix(next);
    }

    public Workshop withRoleAdded(Role role) {
        return withMatrix(matrix.withRoleAdded(role));
    }

    /** Replaces the role with the same id (rename, label, side). */
    public Workshop withRole(Role changed) {
        return withMatrix(matrix.withRole(changed));
    }

    /** Removes the column, its letters and the guide's references to it (its participants keep their names). */
    public Workshop withRoleRemoved(UUID roleId) {
        return new Workshop(id, details, createdAt, lastEditedAt, consultedLimit, matrix.withRoleRemoved(roleId),
                guide.withoutRole(roleId));
    }

    /** Moves a role left (-1) or right (+1); at the edge nothing changes. */
    public Workshop withRoleMoved(UUID roleId, int step) {
        Matrix next = matrix.withRoleMoved(roleId, step);
        return next == matrix ? this : withMatrix(next);
    }

    public Workshop withGroupAdded(String group) {
        return withMatrix(matrix.withGroupAdded(group));
    }

    /** Renames a group and moves its activities along with it. */
    public Workshop withGroupRenamed(String group, String newName) {
        return withMatrix(matrix.withGroupRenamed(group, newName));
    }

    /** Removes an empty group; a group that still has activities is refused. */
    public Workshop withGroupRemoved(String group) {
        return withMatrix(matrix.withGroupRemoved(group));
    }

    public Workshop withGroupMoved(String group, int step) {
        Matrix next = matrix.withGroupMoved(group, step);
        return next == matrix ? this : withMatrix(next);
    }

    // ---- the guide: agenda, participants, goals, blind entry, campaign, portfolio, agreements ----

    public Workshop withGuide(Guide next) {
        return new Workshop(id, details, createdAt, lastEditedAt, consultedLimit, matrix, next);
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
        matrix.requireActivity(activityId);
        matrix.requireRole(roleId);
        return withGuide(guide.withBlindEntry(guide.blindEntry().withLetter(leader, activityId, roleId, letter)));
    }

    /**
     * Reveals the two blind views: the cells where both hold the same letter go into the agreed matrix (replacing
     * what was there), and the cells where they differ wait to be settled one by one.
     */
    public Workshop withBlindViewsRevealed() {
        Map<Cell, Raci> next = new LinkedHashMap<>(letters());
        next.putAll(guide.blindEntry().agreedCells());
        return withMatrix(new Matrix(groups(), roles(), activities(), next))
                .withGuide(guide.withBlindEntry(guide.blindEntry().reveal()));
    }

    /** The cells where the revealed blind views differ, in screen order. */
    public List<Difference> blindDifferences() {
        return guide.blindEntry().differences(activities().stream().map(Activity::id).toList(),
                roles().stream().map(Role::id).toList());
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
        Matrix copy = matrix.withFreshIds(newIds);
        return new Workshop(0, details.withTitle(newTitle), now, now, consultedLimit, copy,
                guide.remapped(newIds).withProgress(new AgendaProgress(null, Map.of())));
    }
}
