package org.accord.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.accord.domain.round.Change;
import org.accord.domain.round.Round;
import org.accord.domain.round.Rounds;
import org.accord.domain.round.SignOff;
import org.accord.store.StoreException;

/**
 * A workshop's rounds and its history of saved edits (V4, docs/decisions/0017). A round's snapshot is a copy of the
 * live tables made inside the database, so closing a round sends no workshop over the connection; reading one back
 * reads the same columns opening a workshop does. Every method runs inside the caller's transaction.
 */
final class RoundTables {
    private static Logger log() {
        return Logger.getLogger(RoundTables.class.getName());
    }

    private static final String KEY = "workshop_id = ? AND round_number = ?";

    // ---- rounds ----

    /** The number the next round of this workshop gets: one after the last, 1 for the first. */
    int nextNumber(Connection connection, long workshopId) throws SQLException {
        return Sql.first(connection, "SELECT MAX(round_number) FROM workshop_round WHERE workshop_id = ?",
                rs -> rs.getInt(1), 0, workshopId) + 1;
    }

    /** Keeps the workshop as its live tables hold it now as round {@code number}. */
    void snapshot(Connection connection, long workshopId, int number, String name, Instant closedAt)
            throws SQLException {
        int copied = Sql.update(connection, """
                INSERT INTO workshop_round (workshop_id, round_number, name, closed_at, title, organization,
                       workshop_date, facilitator, notes, consulted_limit, created_at, last_edited_at)
                SELECT id, CAST(? AS INTEGER), CAST(? AS CHARACTER VARYING(200)), CAST(? AS TIMESTAMP WITH TIME ZONE),
                       title, organization, workshop_date, facilitator, notes, consulted_limit, created_at,
                       last_edited_at
                FROM workshop WHERE id = ?""", number, name, WorkshopTables.offset(closedAt), workshopId);
        if (copied == 0) {
            throw new StoreException("That workshop is no longer saved; it may have been deleted.");
        }
        Sql.update(connection, """
                INSERT INTO round_group (workshop_id, round_number, position, name)
                SELECT workshop_id, CAST(? AS INTEGER), position, name FROM activity_group WHERE workshop_id = ?""",
                number, workshopId);
        Sql.update(connection, """
                INSERT INTO round_role (workshop_id, round_number, role_id, position, name, short_label, side)
                SELECT workshop_id, CAST(? AS INTEGER), id, position, name, short_label, side
                FROM role WHERE workshop_id = ?""", number, workshopId);
        Sql.update(connection, """
                INSERT INTO round_activity (workshop_id, round_number, activity_id, position, name, description,
                       group_name, rationale, status)
                SELECT workshop_id, CAST(? AS INTEGER), id, position, name, description, group_name, rationale, status
                FROM activity WHERE workshop_id = ?""", number, workshopId);
        Sql.update(connection, """
                INSERT INTO round_letter (workshop_id, round_number, activity_id, role_id, letter)
                SELECT a.workshop_id, CAST(? AS INTEGER), l.activity_id, l.role_id, l.letter
                FROM raci_letter l JOIN activity a ON a.id = l.activity_id WHERE a.workshop_id = ?""",
                number, workshopId);
        Sql.update(connection, """
                INSERT INTO round_guide (workshop_id, round_number, format_version, document)
                SELECT workshop_id, CAST(? AS INTEGER), format_version, document
                FROM workshop_guide WHERE workshop_id = ?""", number, workshopId);
    }

    void setClosedBy(Connection connection, long workshopId, int number, String closedBy) throws SQLException {
        Sql.update(connection, "UPDATE workshop_round SET closed_by = ? WHERE " + KEY,
                closedBy.length() <= 200 ? closedBy : closedBy.substring(0, 200), workshopId, number);
    }

    /** Who closed round {@code number}; empty if not known (closed before V6, or on the local library). */
    String closedBy(Connection connection, long workshopId, int number) throws SQLException {
        return Sql.first(connection, "SELECT closed_by FROM workshop_round WHERE " + KEY, rs -> rs.getString(1), "",
                workshopId, number);
    }

    void writeSignOffs(Connection connection, long workshopId, int number, List<SignOff> signOffs)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < signOffs.size(); i++) {
            SignOff s = signOffs.get(i);
            rows.add(new Object[] {workshopId, number, i, s.name(), s.role(), s.signedOn()});
        }
        Sql.batch(connection, """
                INSERT INTO round_signoff (workshop_id, round_number, position, name, role, signed_on)
                VALUES (?, ?, ?, ?, ?, ?)""", rows);
    }

    void setFollows(Connection connection, long workshopId, long originalId) throws SQLException {
        Sql.update(connection, "UPDATE workshop SET follows_workshop_id = ? WHERE id = ?", originalId, workshopId);
    }

    private record RoundRow(int number, String name, Instant closedAt) {
    }

    Rounds rounds(Connection connection, long workshopId) throws SQLException {
        List<RoundRow> rows = Sql.list(connection,
                "SELECT round_number, name, closed_at FROM workshop_round WHERE workshop_id = ? ORDER BY round_number",
                rs -> new RoundRow(rs.getInt(1), rs.getString(2), WorkshopTables.instant(rs, 3)), workshopId);
        Map<Integer, List<SignOff>> signed = new HashMap<>();
        for (Map.Entry<Integer, SignOff> s : Sql.list(connection, """
                SELECT round_number, name, role, signed_on FROM round_signoff WHERE workshop_id = ?
                ORDER BY round_number, position""",
                rs -> new SimpleImmutableEntry<>(rs.getInt(1),
                        new SignOff(rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class))),
                workshopId)) {
            signed.computeIfAbsent(s.getKey(), k -> new ArrayList<>()).add(s.getValue());
        }
        List<Round> rounds = new ArrayList<>();
        for (RoundRow row : rows) {
            rounds.add(new Round(row.number(), row.name(), row.closedAt(), signed.getOrDefault(row.number(), List.of())));
        }
        String follows = Sql.first(connection, """
                SELECT o.title FROM workshop w JOIN workshop o ON o.id = w.follows_workshop_id WHERE w.id = ?""",
                rs -> rs.getString(1), null, workshopId);
        return new Rounds(rounds, Optional.ofNullable(follows));
    }

    private record SnapshotRow(WorkshopDetails details, int consultedLimit, Instant created, Instant edited) {
    }

    /** The workshop as round {@code number} kept it; its id is the workshop's. */
    Workshop load(Connection connection, long workshopId, int number) throws SQLException {
        SnapshotRow row = Sql.first(connection, """
                SELECT title, organization, workshop_date, facilitator, notes, consulted_limit, created_at, last_edited_at
                FROM workshop_round""" + " WHERE " + KEY, rs -> new SnapshotRow(
                new WorkshopDetails(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5)),
                rs.getInt(6), WorkshopTables.instant(rs, 7), WorkshopTables.instant(rs, 8)), null, workshopId, number);
        if (row == null) {
            throw new StoreException("Round " + number + " of that workshop is not saved.");
        }
        List<String> groups = Sql.list(connection,
                "SELECT name FROM round_group WHERE " + KEY + " ORDER BY position", rs -> rs.getString(1),
                workshopId, number);
        List<Role> roles = Sql.list(connection,
                "SELECT role_id, name, short_label, side FROM round_role WHERE " + KEY + " ORDER BY position",
                rs -> new Role(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Side.valueOf(rs.getString(4))), workshopId, number);
        List<Activity> activities = Sql.list(connection,
                "SELECT activity_id, name, description, group_name, rationale, status FROM round_activity WHERE "
                        + KEY + " ORDER BY position",
                rs -> new Activity(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), ActivityStatus.valueOf(rs.getString(6))), workshopId, number);
        Map<Cell, Raci> letters = new LinkedHashMap<>();
        for (Map.Entry<Cell, Raci> letter : Sql.list(connection,
                "SELECT activity_id, role_id, letter FROM round_letter WHERE " + KEY,
                rs -> new SimpleImmutableEntry<>(new Cell(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                        Raci.valueOf(rs.getString(3))), workshopId, number)) {
            letters.put(letter.getKey(), letter.getValue());
        }
        return new Workshop(workshopId, row.details(), row.created(), row.edited(), row.consultedLimit(),
                new Matrix(groups, roles, activities, letters), guide(connection, workshopId, number));
    }

    private record GuideRow(String document, int formatVersion) {
    }

    private static Guide guide(Connection connection, long workshopId, int number) throws SQLException {
        GuideRow row = Sql.first(connection, "SELECT document, format_version FROM round_guide WHERE " + KEY,
                rs -> new GuideRow(rs.getString(1), rs.getInt(2)), null, workshopId, number);
        if (row == null) {
            return StandardGuide.create();
        }
        try {
            return GuideDocument.read(row.document(), row.formatVersion());
        } catch (IllegalStateException e) {
            log().log(Level.WARNING, "Workshop " + workshopId + ", round " + number + ": guide unreadable", e);
            throw new StoreException(e.getMessage(), e);
        }
    }

    // ---- history ----

    /** Records one saved edit and what it changed; an edit that changed nothing the history follows is not kept. */
    void recordEdit(Connection connection, long workshopId, Instant savedAt, List<Change> changes)
            throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        long editId = Sql.insert(connection, "INSERT INTO saved_edit (workshop_id, saved_at) VALUES (?, ?)",
                workshopId, WorkshopTables.offset(savedAt));
        List<Object[]> rows = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            rows.add(new Object[] {editId, i, c.kind().name(), c.subject(), c.what(), c.before(), c.after()});
        }
        Sql.batch(connection, """
                INSERT INTO saved_change (edit_id, position, kind, subject, what, before_value, after_value)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    Map<String, Instant> lastChanged(Connection connection, long workshopId, Instant after, Instant until)
            throws SQLException {
        Map<String, Instant> when = new HashMap<>();
        for (Map.Entry<String, Instant> e : Sql.list(connection, """
                SELECT c.subject, MAX(e.saved_at) FROM saved_change c JOIN saved_edit e ON e.id = c.edit_id
                WHERE e.workshop_id = ? AND e.saved_at > ? AND e.saved_at <= ? GROUP BY c.subject""",
                rs -> new SimpleImmutableEntry<>(rs.getString(1), WorkshopTables.instant(rs, 2)),
                workshopId, WorkshopTables.offset(after), WorkshopTables.offset(until))) {
            when.put(e.getKey(), e.getValue());
        }
        return when;
    }

    List<Change> history(Connection connection, long workshopId, Instant after) throws SQLException {
        return Sql.list(connection, """
                SELECT c.kind, c.subject, c.what, c.before_value, c.after_value, e.saved_at
                FROM saved_change c JOIN saved_edit e ON e.id = c.edit_id
                WHERE e.workshop_id = ? AND e.saved_at > ? ORDER BY e.saved_at, e.id, c.position""",
                rs -> new Change(org.accord.domain.round.ChangeKind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), WorkshopTables.instant(rs, 6)),
                workshopId, WorkshopTables.offset(after));
    }

    int savedEditCount(Connection connection, long workshopId) throws SQLException {
        return Sql.first(connection, "SELECT COUNT(*) FROM saved_edit WHERE workshop_id = ?", rs -> rs.getInt(1), 0,
                workshopId);
    }
}
