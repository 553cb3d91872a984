package org.accord.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Cell;
import org.accord.domain.Matrix;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Side;
import org.accord.domain.Workshop;
import org.accord.domain.WorkshopDetails;
import org.accord.domain.guide.Guide;
import org.accord.domain.guide.StandardGuide;
import org.accord.store.StoreException;

/**
 * One workshop in the tables of the schema (resources/…/store/migration): read as a whole, written as the difference
 * between two versions of it. Every method runs inside the caller's transaction, on the connection it is given.
 */
public final class WorkshopTables {
    private static Logger log() {
        return Logger.getLogger(WorkshopTables.class.getName());
    }

    private final String mergeLetter;
    private final String mergeRole;
    private final String mergeActivity;
    private final String mergeGuide;

    public WorkshopTables(SqlDialect dialect) {
        mergeLetter = dialect.upsert("raci_letter", List.of("activity_id", "role_id", "letter"),
                List.of("activity_id", "role_id"));
        mergeRole = dialect.upsert("role", List.of("id", "workshop_id", "position", "name", "short_label", "side"),
                List.of("id"));
        mergeActivity = dialect.upsert("activity", List.of("id", "workshop_id", "position", "name", "description",
                "group_name", "rationale", "status"), List.of("id"));
        mergeGuide = dialect.upsert("workshop_guide", List.of("workshop_id", "format_version", "document"),
                List.of("workshop_id"));
    }

    // ---- reading ----

    private record WorkshopRow(WorkshopDetails details, int consultedLimit, Instant created, Instant edited) {
    }

    /**
     * @param readGuide false to read the guide's document without making it a guide: an agenda document that does
     *                  not parse is that one workshop's problem (said when it is opened), not a damaged file
     */
    public Workshop load(Connection connection, long workshopId, boolean readGuide) throws SQLException {
        WorkshopRow row = Sql.first(connection, """
                SELECT title, organization, workshop_date, facilitator, notes, consulted_limit, created_at, last_edited_at
                FROM workshop WHERE id = ?""", rs -> new WorkshopRow(
                new WorkshopDetails(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5)),
                rs.getInt(6), instant(rs, 7), instant(rs, 8)), null, workshopId);
        if (row == null) {
            throw new StoreException("That workshop is no longer saved; it may have been deleted.");
        }
        List<String> groups = Sql.list(connection,
                "SELECT name FROM activity_group WHERE workshop_id = ? ORDER BY position",
                rs -> rs.getString(1), workshopId);
        List<Role> roles = Sql.list(connection,
                "SELECT id, name, short_label, side FROM role WHERE workshop_id = ? ORDER BY position",
                rs -> new Role(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Side.valueOf(rs.getString(4))), workshopId);
        List<Activity> activities = Sql.list(connection, """
                SELECT id, name, description, group_name, rationale, status
                FROM activity WHERE workshop_id = ? ORDER BY position""",
                rs -> new Activity(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), ActivityStatus.valueOf(rs.getString(6))), workshopId);
        Map<Cell, Raci> letters = new LinkedHashMap<>();
        for (Map.Entry<Cell, Raci> letter : Sql.list(connection, """
                SELECT l.activity_id, l.role_id, l.letter FROM raci_letter l
                JOIN activity a ON a.id = l.activity_id WHERE a.workshop_id = ?""",
                rs -> new SimpleImmutableEntry<>(new Cell(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                        Raci.valueOf(rs.getString(3))), workshopId)) {
            letters.put(letter.getKey(), letter.getValue());
        }
        return new Workshop(workshopId, row.details(), row.created(), row.edited(), row.consultedLimit(),
                new Matrix(groups, roles, activities, letters),
                readGuide ? loadGuide(connection, workshopId) : readGuideDocumentOnly(connection, workshopId));
    }

    private static final String SELECT_GUIDE =
            "SELECT document, format_version FROM workshop_guide WHERE workshop_id = ?";

    /** The workshop's guide: without a document, the standard one (untouched, or saved before guides existed). */
    private static Guide readGuideDocumentOnly(Connection connection, long workshopId) throws SQLException {
        Sql.list(connection, SELECT_GUIDE, rs -> rs.getString(1), workshopId);
        return StandardGuide.create();
    }

    private record GuideRow(String document, int formatVersion) {
    }

    private static Guide loadGuide(Connection connection, long workshopId) throws SQLException {
        GuideRow row = Sql.first(connection, SELECT_GUIDE, rs -> new GuideRow(rs.getString(1), rs.getInt(2)), null,
                workshopId);
        if (row == null) {
            return StandardGuide.create();
        }
        try {
            return GuideDocument.read(row.document(), row.formatVersion());
        } catch (IllegalStateException e) {
            log().log(Level.WARNING, "Workshop " + workshopId + ": guide document unreadable", e);
            throw new StoreException(e.getMessage(), e);
        }
    }

    // ---- writing ----

    /** Inserts the workshop's own row (not its groups, roles, activities, letters or guide); returns its new id. */
    public long insertWorkshopRow(Connection connection, Workshop unsaved) throws SQLException {
        WorkshopDetails d = unsaved.details();
        return Sql.insert(connection, """
                INSERT INTO workshop (title, organization, workshop_date, facilitator, notes, consulted_limit,
                                      created_at, last_edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                d.title(), d.organization(), d.date(), d.facilitator(), d.notes(), unsaved.consultedLimit(),
                offset(unsaved.createdAt()), offset(unsaved.lastEditedAt()));
    }

    /** Writes only what differs between two versions of one workshop. */
    public void writeDifference(Connection connection, Workshop before, Workshop after) throws SQLException {
        long id = after.id();
        if (!before.details().equals(after.details()) || before.consultedLimit() != after.consultedLimit()
                || !before.lastEditedAt().equals(after.lastEditedAt())) {
            WorkshopDetails d = after.details();
            Sql.update(connection, """
                    UPDATE workshop SET title = ?, organization = ?, workshop_date = ?, facilitator = ?, notes = ?,
                           consulted_limit = ?, last_edited_at = ? WHERE id = ?""",
                    d.title(), d.organization(), d.date(), d.facilitator(), d.notes(), after.consultedLimit(),
                    offset(after.lastEditedAt()), id);
        }
        if (!before.groups().equals(after.groups())) {
            Sql.update(connection, "DELETE FROM activity_group WHERE workshop_id = ?", id);
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < after.groups().size(); i++) {
                rows.add(new Object[] {id, i, after.groups().get(i)});
            }
            Sql.batch(connection, "INSERT INTO activity_group (workshop_id, position, name) VALUES (?, ?, ?)", rows);
        }
        LetterChanges letters = LetterChanges.between(before, after);
        writeLetterRemovals(connection, letters); // before the roles and activities they belong to go
        writeRoles(connection, before, after);
        writeActivities(connection, before, after);
        writeLetterAdditions(connection, letters); // after new roles and activities are in
        if (!before.guide().equals(after.guide())) {
            writeGuide(connection, after);
        }
    }

    /**
     * Keeps the guide's document, or none for the standard guide untouched: most workshops opened from the command
     * line or the start screen never had their agenda edited, and reading no document spares a cold start Jackson's
     * first use (about 0.1 s of the command-line PDF export). A guide edited back to the standard one loses its row.
     */
    public void writeGuide(Connection connection, Workshop workshop) throws SQLException {
        if (StandardGuide.isStandard(workshop.guide())) {
            Sql.update(connection, "DELETE FROM workshop_guide WHERE workshop_id = ?", workshop.id());
            return;
        }
        Sql.update(connection, mergeGuide, workshop.id(), GuideDocument.FORMAT_VERSION,
                GuideDocument.write(workshop.guide()));
    }

    /** The cells whose letter changed from {@code before} to {@code after}: emptied ones, then set or changed ones. */
    private record LetterChanges(List<Cell> emptied, Map<Cell, Raci> set) {
        static LetterChanges between(Workshop before, Workshop after) {
            LetterChanges changes = new LetterChanges(new ArrayList<>(), new LinkedHashMap<>());
            after.forEachLetterChange(before, (cell, letter) -> {
                if (letter == null) {
                    changes.emptied().add(cell);
                } else {
                    changes.set().put(cell, letter);
                }
            });
            return changes;
        }
    }

    private static void writeLetterRemovals(Connection connection, LetterChanges changes) throws SQLException {
        List<Object[]> rows = new ArrayList<>(changes.emptied().size());
        for (Cell cell : changes.emptied()) {
            rows.add(new Object[] {cell.activityId(), cell.roleId()});
        }
        Sql.batch(connection, "DELETE FROM raci_letter WHERE activity_id = ? AND role_id = ?", rows);
    }

    private void writeLetterAdditions(Connection connection, LetterChanges changes) throws SQLException {
        List<Object[]> rows = new ArrayList<>(changes.set().size());
        for (Map.Entry<Cell, Raci> entry : changes.set().entrySet()) {
            rows.add(new Object[] {entry.getKey().activityId(), entry.getKey().roleId(), entry.getValue().letter()});
        }
        Sql.batch(connection, mergeLetter, rows);
    }

    private void writeRoles(Connection connection, Workshop before, Workshop after) throws SQLException {
        if (before.roles() == after.roles()) {
            return; // the very same list, as after every edit that keeps the columns (lists are immutable)
        }
        Map<UUID, Integer> beforePositions = before.rolePositions();
        Map<UUID, Role> beforeRoles = new HashMap<>();
        before.roles().forEach(r -> beforeRoles.put(r.id(), r));
        Map<UUID, Integer> afterPositions = after.rolePositions();
        deleteMissing(connection, "role", beforePositions.keySet(), afterPositions);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < after.roles().size(); i++) {
            Role role = after.roles().get(i);
            if (!role.equals(beforeRoles.get(role.id())) || !Objects.equals(beforePositions.get(role.id()), i)) {
                rows.add(new Object[] {role.id(), after.id(), i, role.name(), role.shortLabel(), role.side().name()});
            }
        }
        Sql.batch(connection, mergeRole, rows);
    }

    private void writeActivities(Connection connection, Workshop before, Workshop after) throws SQLException {
        if (before.activities() == after.activities()) {
            return; // the very same list, as after a letter typed: comparing 300 rows cost most of a save's garbage
        }
        Map<UUID, Integer> beforePositions = before.activityPositions();
        Map<UUID, Activity> beforeActivities = new HashMap<>();
        before.activities().forEach(a -> beforeActivities.put(a.id(), a));
        Map<UUID, Integer> afterPositions = after.activityPositions();
        deleteMissing(connection, "activity", beforePositions.keySet(), afterPositions);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < after.activities().size(); i++) {
            Activity activity = after.activities().get(i);
            if (!activity.equals(beforeActivities.get(activity.id()))
                    || !Objects.equals(beforePositions.get(activity.id()), i)) {
                rows.add(new Object[] {activity.id(), after.id(), i, activity.name(), activity.description(),
                        activity.group(), activity.rationale(), activity.status().name()});
            }
        }
        Sql.batch(connection, mergeActivity, rows);
    }

    /** Deletes rows (and, by cascade, their letters) whose ids are gone. {@code table} is one of our own names. */
    private static void deleteMissing(Connection connection, String table, Iterable<UUID> beforeIds,
                                      Map<UUID, Integer> afterPositions) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (UUID id : beforeIds) {
            if (!afterPositions.containsKey(id)) {
                rows.add(new Object[] {id});
            }
        }
        Sql.batch(connection, "DELETE FROM " + table + " WHERE id = ?", rows);
    }

    static OffsetDateTime offset(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
