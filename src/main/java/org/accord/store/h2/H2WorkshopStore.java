package org.accord.store.h2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.accord.domain.Names;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Side;
import org.accord.domain.Workshop;
import org.accord.domain.WorkshopDetails;
import org.accord.store.DataFolder;
import org.accord.store.StoreException;
import org.accord.store.WorkshopStore;
import org.accord.store.WorkshopSummary;
import org.flywaydb.core.Flyway;

/**
 * The workshops in one embedded H2 file, {@code accord.mv.db} in the data folder.
 *
 * <p>Durability: {@code WRITE_DELAY=0} makes H2 write each commit to the file before the commit returns; with the
 * default 500 ms delay a killed process loses acknowledged edits (see docs/decisions/0002). One connection, used
 * by one thread at a time (methods are synchronized); the window calls the store from one background thread.
 * No TCP or web server is ever started: the database is only a file.
 */
public final class H2WorkshopStore implements WorkshopStore {
    private static final Logger LOG = Logger.getLogger(H2WorkshopStore.class.getName());
    /** Flyway reports every migration at INFO; only its warnings matter to a facilitator's log. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    /** It warns at every start that H2 2.5 is newer than Flyway has verified; tested here, so not worth a line. */
    private static final Logger FLYWAY_VERSION_CHECK = Logger.getLogger("org.flywaydb.core.internal.database.base.Database");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
        FLYWAY_VERSION_CHECK.setLevel(Level.SEVERE);
    }
    public static final String DATABASE_NAME = "accord";

    private final Path databaseFile;
    private final Connection connection;

    private H2WorkshopStore(Path databaseFile, Connection connection) {
        this.databaseFile = databaseFile;
        this.connection = connection;
    }

    /** Opens (creating and migrating if needed) the database in a data folder. */
    public static H2WorkshopStore open(Path dataFolder) {
        Path folder = DataFolder.prepare(dataFolder);
        Path databaseFile = folder.resolve(DATABASE_NAME + ".mv.db");
        // FILE_LOCK=FILE (the default) makes a second Accord on the same folder fail fast instead of sharing the file.
        String url = "jdbc:h2:file:" + folder.resolve(DATABASE_NAME) + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        try {
            if (Files.exists(databaseFile) && Files.size(databaseFile) == 0) {
                throw new StoreException("The workshop file " + databaseFile + " is empty: it was damaged. "
                        + "Move it aside (keep a copy) and start Accord again, or restore it from a backup.");
            }
            Connection connection = DriverManager.getConnection(url, "sa", "");
            try {
                // Flyway opens (and closes) its own connection; ours keeps the database open meanwhile.
                Flyway.configure()
                        .dataSource(url, "sa", "")
                        .locations("classpath:org/accord/store/migration")
                        .load()
                        .migrate();
                connection.setAutoCommit(false);
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
            return new H2WorkshopStore(databaseFile, connection);
        } catch (StoreException e) {
            throw e;
        } catch (Exception e) {
            throw OpenFailure.explain(databaseFile, e);
        }
    }

    public Path databaseFile() {
        return databaseFile;
    }

    // ---- reading ----

    @Override
    public synchronized List<WorkshopSummary> list() {
        String sql = """
                SELECT w.id, w.title, w.organization, w.workshop_date, w.last_edited_at,
                       (SELECT COUNT(*) FROM activity a WHERE a.workshop_id = w.id),
                       (SELECT COUNT(*) FROM role r WHERE r.workshop_id = w.id)
                FROM workshop w ORDER BY w.last_edited_at DESC, w.id DESC""";
        return inTransaction("read the list of workshops", () -> {
            List<WorkshopSummary> result = new ArrayList<>();
            try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(new WorkshopSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), instant(rs, 5), rs.getInt(6), rs.getInt(7)));
                }
            }
            return result;
        });
    }

    @Override
    public synchronized Workshop load(long workshopId) {
        return inTransaction("open the workshop", () -> loadIn(workshopId));
    }

    private Workshop loadIn(long workshopId) throws SQLException {
        WorkshopDetails details;
        Instant created;
        Instant edited;
        int consultedLimit;
        try (PreparedStatement st = connection.prepareStatement("""
                SELECT title, organization, workshop_date, facilitator, notes, consulted_limit, created_at, last_edited_at
                FROM workshop WHERE id = ?""")) {
            st.setLong(1, workshopId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("That workshop is no longer saved; it may have been deleted.");
                }
                details = new WorkshopDetails(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5));
                consultedLimit = rs.getInt(6);
                created = instant(rs, 7);
                edited = instant(rs, 8);
            }
        }
        List<String> groups = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT name FROM activity_group WHERE workshop_id = ? ORDER BY position")) {
            st.setLong(1, workshopId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    groups.add(rs.getString(1));
                }
            }
        }
        List<Role> roles = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT id, name, short_label, side FROM role WHERE workshop_id = ? ORDER BY position")) {
            st.setLong(1, workshopId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    roles.add(new Role(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            Side.valueOf(rs.getString(4))));
                }
            }
        }
        List<Activity> activities = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("""
                SELECT id, name, description, group_name, rationale, status
                FROM activity WHERE workshop_id = ? ORDER BY position""")) {
            st.setLong(1, workshopId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    activities.add(new Activity(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), ActivityStatus.valueOf(rs.getString(6))));
                }
            }
        }
        Map<Cell, Raci> letters = new LinkedHashMap<>();
        try (PreparedStatement st = connection.prepareStatement("""
                SELECT l.activity_id, l.role_id, l.letter FROM raci_letter l
                JOIN activity a ON a.id = l.activity_id WHERE a.workshop_id = ?""")) {
            st.setLong(1, workshopId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    letters.put(new Cell(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                            Raci.valueOf(rs.getString(3)));
                }
            }
        }
        return new Workshop(workshopId, details, created, edited, consultedLimit, groups, roles, activities, letters);
    }

    // ---- writing ----

    @Override
    public synchronized Workshop create(Workshop unsaved) {
        return inTransaction("save the new workshop", () -> {
            long id;
            try (PreparedStatement st = connection.prepareStatement("""
                    INSERT INTO workshop (title, organization, workshop_date, facilitator, notes, consulted_limit,
                                          created_at, last_edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    Statement.RETURN_GENERATED_KEYS)) {
                bindWorkshop(st, unsaved);
                st.setObject(7, offset(unsaved.createdAt()));
                st.setObject(8, offset(unsaved.lastEditedAt()));
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            Workshop saved = unsaved.withId(id);
            Workshop empty = new Workshop(id, saved.details(), saved.createdAt(), saved.lastEditedAt(),
                    saved.consultedLimit(), List.of(), List.of(), List.of(), Map.of());
            writeDifference(empty, saved);
            return saved;
        });
    }

    @Override
    public synchronized void save(Workshop before, Workshop after) {
        if (before.id() != after.id() || after.id() == 0) {
            throw new IllegalArgumentException("save compares two versions of one saved workshop");
        }
        inTransaction("save your last change", () -> {
            writeDifference(before, after);
            return null;
        });
    }

    @Override
    public synchronized Workshop duplicate(long workshopId, String newTitle) {
        Workshop original = load(workshopId);
        return create(original.duplicate(Names.clean(newTitle, "the workshop title"), Instant.now()));
    }

    @Override
    public synchronized void rename(long workshopId, String newTitle) {
        String title = Names.clean(newTitle, "the workshop title");
        inTransaction("rename the workshop", () -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "UPDATE workshop SET title = ?, last_edited_at = ? WHERE id = ?")) {
                st.setString(1, title);
                st.setObject(2, offset(Instant.now()));
                st.setLong(3, workshopId);
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public synchronized void delete(long workshopId) {
        inTransaction("delete the workshop", () -> {
            // Letters go with their activities and roles (ON DELETE CASCADE), those with the workshop.
            try (PreparedStatement st = connection.prepareStatement("DELETE FROM workshop WHERE id = ?")) {
                st.setLong(1, workshopId);
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Closing the database failed", e);
        }
    }

    /** Writes only what differs between two versions of one workshop. Runs inside the caller's transaction. */
    private void writeDifference(Workshop before, Workshop after) throws SQLException {
        long id = after.id();
        if (!before.details().equals(after.details()) || before.consultedLimit() != after.consultedLimit()
                || !before.lastEditedAt().equals(after.lastEditedAt())) {
            try (PreparedStatement st = connection.prepareStatement("""
                    UPDATE workshop SET title = ?, organization = ?, workshop_date = ?, facilitator = ?, notes = ?,
                           consulted_limit = ?, last_edited_at = ? WHERE id = ?""")) {
                bindWorkshop(st, after);
                st.setObject(7, offset(after.lastEditedAt()));
                st.setLong(8, id);
                st.executeUpdate();
            }
        }
        if (!before.groups().equals(after.groups())) {
            try (PreparedStatement st = connection.prepareStatement("DELETE FROM activity_group WHERE workshop_id = ?")) {
                st.setLong(1, id);
                st.executeUpdate();
            }
            try (PreparedStatement st = connection.prepareStatement(
                    "INSERT INTO activity_group (workshop_id, position, name) VALUES (?, ?, ?)")) {
                for (int i = 0; i < after.groups().size(); i++) {
                    st.setLong(1, id);
                    st.setInt(2, i);
                    st.setString(3, after.groups().get(i));
                    st.addBatch();
                }
                st.executeBatch();
            }
        }
        writeLetterRemovals(before, after);
        writeRoles(before, after);
        writeActivities(before, after);
        writeLetterAdditions(before, after);
    }

    private void writeLetterRemovals(Workshop before, Workshop after) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "DELETE FROM raci_letter WHERE activity_id = ? AND role_id = ?")) {
            for (Cell cell : before.letters().keySet()) {
                if (!after.letters().containsKey(cell)) {
                    st.setObject(1, cell.activityId());
                    st.setObject(2, cell.roleId());
                    st.addBatch();
                }
            }
            st.executeBatch();
        }
    }

    private void writeLetterAdditions(Workshop before, Workshop after) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "MERGE INTO raci_letter (activity_id, role_id, letter) KEY (activity_id, role_id) VALUES (?, ?, ?)")) {
            for (Map.Entry<Cell, Raci> entry : after.letters().entrySet()) {
                if (entry.getValue() != before.letters().get(entry.getKey())) {
                    st.setObject(1, entry.getKey().activityId());
                    st.setObject(2, entry.getKey().roleId());
                    st.setString(3, entry.getValue().letter());
                    st.addBatch();
                }
            }
            st.executeBatch();
        }
    }

    private void writeRoles(Workshop before, Workshop after) throws SQLException {
        Map<UUID, Integer> beforePositions = positions(before.roles().stream().map(Role::id).toList());
        Map<UUID, Role> beforeRoles = new HashMap<>();
        before.roles().forEach(r -> beforeRoles.put(r.id(), r));
        Map<UUID, Integer> afterPositions = positions(after.roles().stream().map(Role::id).toList());
        deleteMissing("role", beforePositions.keySet(), afterPositions);
        try (PreparedStatement st = connection.prepareStatement("""
                MERGE INTO role (id, workshop_id, position, name, short_label, side) KEY (id)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < after.roles().size(); i++) {
                Role role = after.roles().get(i);
                if (!role.equals(beforeRoles.get(role.id())) || !Objects.equals(beforePositions.get(role.id()), i)) {
                    st.setObject(1, role.id());
                    st.setLong(2, after.id());
                    st.setInt(3, i);
                    st.setString(4, role.name());
                    st.setString(5, role.shortLabel());
                    st.setString(6, role.side().name());
                    st.addBatch();
                }
            }
            st.executeBatch();
        }
    }

    private void writeActivities(Workshop before, Workshop after) throws SQLException {
        Map<UUID, Integer> beforePositions = positions(before.activities().stream().map(Activity::id).toList());
        Map<UUID, Activity> beforeActivities = new HashMap<>();
        before.activities().forEach(a -> beforeActivities.put(a.id(), a));
        Map<UUID, Integer> afterPositions = positions(after.activities().stream().map(Activity::id).toList());
        deleteMissing("activity", beforePositions.keySet(), afterPositions);
        try (PreparedStatement st = connection.prepareStatement("""
                MERGE INTO activity (id, workshop_id, position, name, description, group_name, rationale, status) KEY (id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < after.activities().size(); i++) {
                Activity activity = after.activities().get(i);
                if (!activity.equals(beforeActivities.get(activity.id()))
                        || !Objects.equals(beforePositions.get(activity.id()), i)) {
                    st.setObject(1, activity.id());
                    st.setLong(2, after.id());
                    st.setInt(3, i);
                    st.setString(4, activity.name());
                    st.setString(5, activity.description());
                    st.setString(6, activity.group());
                    st.setString(7, activity.rationale());
                    st.setString(8, activity.status().name());
                    st.addBatch();
                }
            }
            st.executeBatch();
        }
    }

    /** Deletes rows (and, by cascade, their letters) whose ids are gone. {@code table} is one of our own names. */
    private void deleteMissing(String table, Iterable<UUID> beforeIds, Map<UUID, Integer> afterPositions)
            throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            for (UUID id : beforeIds) {
                if (!afterPositions.containsKey(id)) {
                    st.setObject(1, id);
                    st.addBatch();
                }
            }
            st.executeBatch();
        }
    }

    private static Map<UUID, Integer> positions(List<UUID> ids) {
        Map<UUID, Integer> positions = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            positions.put(ids.get(i), i);
        }
        return positions;
    }

    private static void bindWorkshop(PreparedStatement st, Workshop workshop) throws SQLException {
        WorkshopDetails d = workshop.details();
        st.setString(1, d.title());
        st.setString(2, d.organization());
        st.setObject(3, d.date());
        st.setString(4, d.facilitator());
        st.setString(5, d.notes());
        st.setInt(6, workshop.consultedLimit());
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    // ---- transactions and errors ----

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** Runs work in one transaction: committed as a whole or rolled back as a whole. */
    private <T> T inTransaction(String whatFor, SqlWork<T> work) {
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            if (e instanceof RuntimeException runtime && !(e instanceof org.h2.message.DbException)) {
                throw runtime;
            }
            LOG.log(Level.WARNING, "Could not " + whatFor + " in " + databaseFile, e);
            throw new StoreException("Accord could not " + whatFor + " in " + databaseFile + ". "
                    + OpenFailure.advice(e), e);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Rollback failed", e);
        }
    }
}
