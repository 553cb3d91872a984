package org.accord.domain.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Cell;
import org.accord.domain.Edit;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Side;
import org.accord.domain.Workshop;

/** The edits of the matrix: letters, activities (rows), roles (columns) and groups. */
public final class MatrixEdits {

    /** An activity as typed or imported, made into an {@link Activity} (and checked) when the edit is applied. */
    public record NewActivity(String name, String description, String group) {
    }

    private MatrixEdits() {
    }

    // ---- letters ----

    /** Sets or clears ({@code letter == null}) one cell; the words name the cell as {@code current} shows it. */
    public static Edit setLetter(Workshop current, UUID activityId, UUID roleId, Raci letter) {
        String what = letter == null ? "Clear " : "Set " + letter.letter() + " for ";
        String description = what + current.role(roleId).map(Role::shortLabel).orElse("?") + " on "
                + current.activity(activityId).map(Activity::name).orElse("?");
        return new Edit(description, w -> w.withLetter(activityId, roleId, letter));
    }

    /**
     * Several cells at once, one undo step ({@code null} clears a cell): changes taken from a spreadsheet. Refused as
     * a whole if a cell's row or column is no longer in the workshop.
     */
    public static Edit setLetters(String description, Map<Cell, Raci> letters) {
        Map<Cell, Raci> copy = new LinkedHashMap<>(letters); // the caller's map may change after; the edit may not
        return new Edit(description, w -> w.withLettersSet(copy));
    }

    // ---- activities ----

    public static Edit addActivity(String name, String group) {
        return new Edit("Add activity " + name, w -> w.withActivityAdded(Activity.create(name, "", group)));
    }

    /** Many activities at once, one undo step: an import (see {@link Workshop#withActivitiesAdded}). */
    public static Edit importActivities(List<NewActivity> added) {
        return new Edit("Import " + added.size() + " activities", w -> w.withActivitiesAdded(added.stream()
                .map(a -> Activity.create(a.name(), a.description(), a.group())).toList()));
    }

    public static Edit renameActivity(UUID activityId, String name) {
        return changeActivity("Rename activity to " + name, activityId, a -> a.withName(name));
    }

    public static Edit describeActivity(UUID activityId, String text) {
        return changeActivity("Edit description", activityId, a -> a.withDescription(text));
    }

    public static Edit setRationale(UUID activityId, String text) {
        return changeActivity("Edit rationale", activityId, a -> a.withRationale(text));
    }

    public static Edit moveActivityToGroup(UUID activityId, String group) {
        return changeActivity("Move to group " + group, activityId, a -> a.withGroup(group));
    }

    /** Open, agreed or disputed, as the matrix's status column sets it ("Mark disputed"). */
    public static Edit markActivity(UUID activityId, ActivityStatus status) {
        return changeActivity("Mark " + status.label().toLowerCase(), activityId, a -> a.withStatus(status));
    }

    /** Back to open, named after the row: the agreements step's "Reopen". */
    public static Edit reopenActivity(Activity activity) {
        return changeActivity("Reopen " + activity.name(), activity.id(), a -> a.withStatus(ActivityStatus.OPEN));
    }

    private static Edit changeActivity(String description, UUID activityId, UnaryOperator<Activity> change) {
        return new Edit(description, w -> w.withActivityChanged(activityId, change));
    }

    /** Up (-1) or down (+1) within its group. */
    public static Edit moveActivity(UUID activityId, int step) {
        return new Edit(step < 0 ? "Move activity up" : "Move activity down", w -> w.withActivityMoved(activityId, step));
    }

    public static Edit removeActivity(UUID activityId) {
        return new Edit("Remove activity", w -> w.withActivityRemoved(activityId));
    }

    // ---- roles ----

    public static Edit addRole(String name, String label, Side side) {
        return new Edit("Add role " + label, w -> w.withRoleAdded(Role.create(name, label, side)));
    }

    public static Edit changeRole(UUID roleId, String name, String label, Side side) {
        return new Edit("Change role " + label, w -> w.withRole(new Role(roleId, name, label, side)));
    }

    /** Left (-1) or right (+1). */
    public static Edit moveRole(UUID roleId, int step) {
        return new Edit(step < 0 ? "Move role left" : "Move role right", w -> w.withRoleMoved(roleId, step));
    }

    public static Edit removeRole(UUID roleId) {
        return new Edit("Remove role", w -> w.withRoleRemoved(roleId));
    }

    // ---- groups ----

    public static Edit addGroup(String name) {
        return new Edit("Add group " + name, w -> w.withGroupAdded(name));
    }

    public static Edit renameGroup(String group, String name) {
        return new Edit("Rename group to " + name, w -> w.withGroupRenamed(group, name));
    }

    /** Up (-1) or down (+1). */
    public static Edit moveGroup(String group, int step) {
        return new Edit(step < 0 ? "Move group up" : "Move group down", w -> w.withGroupMoved(group, step));
    }

    public static Edit removeGroup(String group) {
        return new Edit("Remove group " + group, w -> w.withGroupRemoved(group));
    }
}
