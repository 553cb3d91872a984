package org.accord.domain.round;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.accord.domain.Activity;
import org.accord.domain.Cell;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Workshop;
import org.accord.domain.guide.ActionItem;
import org.accord.domain.guide.ActivityAgreement;

/**
 * What differs between two versions of a workshop: every changed letter, activity, role, rationale, status,
 * agreement and action item, before → after. Two rounds, a round and now, or the two sides of one saved edit are
 * all compared the same way. Pure: no store, no screen.
 *
 * <p>Cheap for one edit: lists that are the very same (as after a typed letter) are not compared, and letters are
 * compared by {@link Workshop#forEachLetterChange}, which visits only the rows that changed.
 */
public final class WorkshopChanges {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private WorkshopChanges() {
    }

    public static List<Change> between(Workshop before, Workshop after) {
        List<Change> changes = new ArrayList<>();
        if (before.roles() != after.roles()) {
            roles(before, after, changes);
        }
        if (before.activities() != after.activities()) {
            activities(before, after, changes);
        }
        letters(before, after, changes);
        if (before.guide().agreements() != after.guide().agreements()) {
            agreements(before, after, changes);
        }
        if (before.guide().actions() != after.guide().actions()) {
            actionItems(before, after, changes);
        }
        return changes;
    }

    /** The subject under which a cell's letter is recorded. */
    public static String letterSubject(Cell cell) {
        return "letter:" + cell.activityId() + ":" + cell.roleId();
    }

    // ---- roles ----

    private static void roles(Workshop before, Workshop after, List<Change> changes) {
        Map<UUID, Role> old = byId(before.roles(), Role::id);
        Map<UUID, Role> now = byId(after.roles(), Role::id);
        for (Role role : after.roles()) {
            Role was = old.get(role.id());
            if (!role.equals(was)) {
                changes.add(new Change(ChangeKind.ROLE, "role:" + role.id(), role.name(),
                        was == null ? "" : shown(was), shown(role), null));
            }
        }
        for (Role role : before.roles()) {
            if (!now.containsKey(role.id())) {
                changes.add(new Change(ChangeKind.ROLE, "role:" + role.id(), role.name(), shown(role), "", null));
            }
        }
    }

    private static String shown(Role role) {
        return role.name() + " (" + role.shortLabel() + ", " + role.side() + ")";
    }

    // ---- activities, their rationale and status ----

    private static void activities(Workshop before, Workshop after, List<Change> changes) {
        Map<UUID, Activity> old = byId(before.activities(), Activity::id);
        Map<UUID, Activity> now = byId(after.activities(), Activity::id);
        List<Change> rationale = new ArrayList<>();
        List<Change> status = new ArrayList<>();
        for (Activity activity : after.activities()) {
            Activity was = old.get(activity.id());
            String id = activity.id().toString();
            if (was == null) {
                changes.add(new Change(ChangeKind.ACTIVITY, "activity:" + id, activity.name(), "",
                        activity.name() + " (in " + activity.group() + ")", null));
                continue;
            }
            if (activity.equals(was)) {
                continue;
            }
            if (!was.name().equals(activity.name())) {
                changes.add(new Change(ChangeKind.ACTIVITY, "activity:" + id + ":name", activity.name(),
                        was.name(), activity.name(), null));
            }
            if (!was.group().equals(activity.group())) {
                changes.add(new Change(ChangeKind.ACTIVITY, "activity:" + id + ":group", activity.name() + ": group",
                        was.group(), activity.group(), null));
            }
            if (!was.description().equals(activity.description())) {
                changes.add(new Change(ChangeKind.ACTIVITY, "activity:" + id + ":description",
                        activity.name() + ": description", was.description(), activity.description(), null));
            }
            if (!was.rationale().equals(activity.rationale())) {
                rationale.add(new Change(ChangeKind.RATIONALE, "rationale:" + id, activity.name(), was.rationale(),
                        activity.rationale(), null));
            }
            if (was.status() != activity.status()) {
                status.add(new Change(ChangeKind.STATUS, "status:" + id, activity.name(), was.status().toString(),
                        activity.status().toString(), null));
            }
        }
        for (Activity activity : before.activities()) {
            if (!now.containsKey(activity.id())) {
                changes.add(new Change(ChangeKind.ACTIVITY, "activity:" + activity.id(), activity.name(),
                        activity.name() + " (in " + activity.group() + ")", "", null));
            }
        }
        changes.addAll(rationale);
        changes.addAll(status);
    }

    // ---- letters ----

    /**
     * Every cell whose letter differs, in the order of the rows and columns, except the letters of a row or column
     * that is gone: its removal says it.
     */
    private static void letters(Workshop before, Workshop after, List<Change> changes) {
        Map<UUID, Integer> rows = after.activityPositions();
        Map<UUID, Integer> columns = after.rolePositions();
        List<Cell> changed = new ArrayList<>();
        after.forEachLetterChange(before, (cell, letter) -> {
            if (rows.containsKey(cell.activityId()) && columns.containsKey(cell.roleId())) {
                changed.add(cell);
            }
        });
        changed.sort(Comparator.<Cell>comparingInt(c -> rows.get(c.activityId()))
                .thenComparingInt(c -> columns.get(c.roleId())));
        for (Cell cell : changed) {
            String activity = after.activity(cell.activityId()).map(Activity::name).orElse("");
            String role = after.role(cell.roleId()).map(Role::shortLabel).orElse("");
            changes.add(new Change(ChangeKind.LETTER, letterSubject(cell), activity + " · " + role,
                    letter(before.letter(cell.activityId(), cell.roleId()).orElse(null)),
                    letter(after.letter(cell.activityId(), cell.roleId()).orElse(null)), null));
        }
    }

    private static String letter(Raci letter) {
        return letter == null ? "" : letter.letter();
    }

    // ---- the guide's agreements and action items ----

    private static void agreements(Workshop before, Workshop after, List<Change> changes) {
        Map<UUID, ActivityAgreement> old = byId(before.guide().agreements(), ActivityAgreement::activityId);
        Map<UUID, ActivityAgreement> now = byId(after.guide().agreements(), ActivityAgreement::activityId);
        Map<UUID, Boolean> subjects = new LinkedHashMap<>();
        after.guide().agreements().forEach(a -> subjects.put(a.activityId(), true));
        before.guide().agreements().forEach(a -> subjects.put(a.activityId(), true));
        for (UUID activityId : subjects.keySet()) {
            ActivityAgreement was = old.get(activityId);
            ActivityAgreement is = now.get(activityId);
            if (Objects.equals(was, is)) {
                continue;
            }
            String name = after.activity(activityId).or(() -> before.activity(activityId)).map(Activity::name)
                    .orElse("(a removed activity)");
            changes.add(new Change(ChangeKind.AGREEMENT, "agreement:" + activityId, name, shown(was), shown(is), null));
        }
    }

    private static String shown(ActivityAgreement agreement) {
        return agreement == null ? "" : "agreed by " + agreement.agreedBy() + " on " + DAY.format(agreement.agreedAt());
    }

    private static void actionItems(Workshop before, Workshop after, List<Change> changes) {
        Map<UUID, ActionItem> old = byId(before.guide().actions(), ActionItem::id);
        Map<UUID, ActionItem> now = byId(after.guide().actions(), ActionItem::id);
        for (ActionItem item : after.guide().actions()) {
            ActionItem was = old.get(item.id());
            if (!item.equals(was)) {
                changes.add(new Change(ChangeKind.ACTION_ITEM, "action:" + item.id(), item.what(), shown(was),
                        shown(item), null));
            }
        }
        for (ActionItem item : before.guide().actions()) {
            if (!now.containsKey(item.id())) {
                changes.add(new Change(ChangeKind.ACTION_ITEM, "action:" + item.id(), item.what(), shown(item), "",
                        null));
            }
        }
    }

    private static String shown(ActionItem item) {
        return item == null ? "" : item.what() + " — " + item.owner() + (item.due() == null ? "" : ", by " + item.due())
                + ", " + item.statusLabel().toLowerCase(java.util.Locale.ROOT);
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new HashMap<>(items.size() * 2);
        items.forEach(i -> map.put(id.apply(i), i));
        return map;
    }
}
