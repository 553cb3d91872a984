package org.accord.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.accord.domain.Matrix;
import org.accord.domain.Names;
import org.accord.domain.Presence;
import org.accord.domain.Workshop;
import org.accord.domain.round.Round;
import org.accord.domain.round.Rounds;
import org.accord.domain.round.SignOff;
import org.accord.domain.round.WorkshopChanges;
import org.accord.store.RoundClosedMeanwhileException;
import org.accord.store.StaleWorkshopException;
import org.accord.store.StoreException;
import org.accord.store.WorkshopSummary;

/**
 * The workshops of a JDBC database, whatever the engine: list, read, create, save, duplicate, rename, delete, each in
 * one transaction that is committed or rolled back as a whole. A change also counts itself in {@code store_state}
 * (see {@link #editSequence}). Reaching the database is the engine's store's part ({@link Host}); it calls these
 * methods one at a time.
 */
public final class JdbcWorkshops {
    private static Logger log() {
        return Logger.getLogger(JdbcWorkshops.class.getName());
    }

    /** The engine's store these workshops live in: how the database is reached, and what it does about failures. */
    public interface Host {
        /** The connection to work on, reached again first if an earlier failure may have lost it. */
        Connection connection();

        /** A transaction failed in the database: the connection may be gone, and is checked before the next one. */
        void failed();

        /** A change was committed as number {@code sequence} (see {@link #editSequence}). */
        void committed(long sequence);

        /**
         * True when every change is counted in {@code store_state} (the H2 file: its sidecar checks at open that the
         * file holds every change). A team's server has no sidecar, and one row every facilitator's every save
         * updated made the saves of a whole team wait for one another's commit (20 clients: docs/performance.md).
         */
        default boolean countsEdits() {
            return true;
        }
    }

    /** Work on the database that may fail with an {@link SQLException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final SqlDialect dialect;
    private final WorkshopTables tables;
    private final RoundTables rounds = new RoundTables();
    private final Host host;
    /** Where the workshops are, as messages name it (a file, a server). */
    private final String where;
    /** True when the database was opened for reading only: every change is refused. */
    private final boolean readOnly;
    private final Clock clock;
    /**
     * The version of each workshop this store last read or wrote (workshop.edit_version): a save names it, and is
     * refused if the stored one is newer. Called one at a time (the engine's store is synchronized).
     */
    private final Map<Long, Long> knownVersions = new HashMap<>();

    public JdbcWorkshops(SqlDialect dialect, Host host, String where, boolean readOnly, Clock clock) {
        this.dialect = dialect;
        this.tables = new WorkshopTables(dialect);
        this.host = host;
        this.where = where;
        this.readOnly = readOnly;
        this.clock = clock;
    }

    /**
     * The number of changes committed so far: every change adds one in its own transaction, so a database holding a
     * lower number than its store last recorded is missing a change. Reads in the caller's transaction.
     */
    public static long editSequence(Connection connection) throws SQLException {
        return Sql.first(connection, "SELECT edit_sequence FROM store_state WHERE id = 1", rs -> rs.getLong(1), 0L);
    }

    // ---- reading ----

    public List<WorkshopSummary> list() {
        // The counts as two grouped scans joined once, not two lookups per workshop: listing a team's 10,000
        // workshops on PostgreSQL took about twice as long with a correlated COUNT per row. Same on H2.
        String sql = """
                SELECT w.id, w.title, w.organization, w.workshop_date, w.last_edited_at,
                       COALESCE(a.n, 0), COALESCE(r.n, 0)
                FROM workshop w
                LEFT JOIN (SELECT workshop_id, COUNT(*) AS n FROM activity GROUP BY workshop_id) a ON a.workshop_id = w.id
                LEFT JOIN (SELECT workshop_id, COUNT(*) AS n FROM role GROUP BY workshop_id) r ON r.workshop_id = w.id
                ORDER BY w.last_edited_at DESC, w.id DESC""";
        return inTransaction("read the list of workshops", connection -> Sql.list(connection, sql,
                rs -> new WorkshopSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), WorkshopTables.instant(rs, 5), rs.getInt(6), rs.getInt(7))));
    }

    /**
     * Reads every workshop as the window reads it, for the checks at open; the first that cannot be read fails it.
     * An agenda document that does not parse is that one workshop's problem, said when it is opened: not a failure
     * here.
     */
    public void loadEveryWorkshop() {
        inTransaction("read your workshops", connection -> {
            for (WorkshopSummary summary : list()) {
                tables.load(connection, summary.id(), false);
            }
            return null;
        });
    }

    public Workshop load(long workshopId) {
        return inTransaction("open the workshop", connection -> {
            long version = storedVersion(connection, workshopId);
            Workshop loaded = tables.load(connection, workshopId, true);
            knownVersions.put(workshopId, version);
            return loaded;
        });
    }

    /** See {@link org.accord.store.WorkshopStore#loadIfChanged}. */
    public Optional<Workshop> loadIfChanged(long workshopId) {
        long stored = inTransaction("look for changes", connection -> storedVersion(connection, workshopId));
        Long known = knownVersions.get(workshopId);
        return known != null && stored == known ? Optional.empty() : Optional.of(load(workshopId));
    }

    /** The stored version of a workshop; a StoreException if it is gone (deleted by someone else, perhaps). */
    private static long storedVersion(Connection connection, long workshopId) throws SQLException {
        long version = Sql.first(connection, "SELECT edit_version FROM workshop WHERE id = ?", rs -> rs.getLong(1),
                -1L, workshopId);
        if (version < 0) {
            throw new StoreException("That workshop is no longer saved; it may have been deleted.");
        }
        return version;
    }

    // ---- writing ----

    public Workshop create(Workshop unsaved) {
        return inWriteTransaction("save the new workshop", connection -> {
            long id = tables.insertWorkshopRow(connection, unsaved);
            knownVersions.put(id, 0L);
            Workshop saved = unsaved.withId(id);
            Workshop empty = new Workshop(id, saved.details(), saved.createdAt(), saved.lastEditedAt(),
                    saved.consultedLimit(), Matrix.EMPTY, saved.guide());
            tables.writeDifference(connection, empty, saved);
            tables.writeGuide(connection, saved);
            return saved;
        });
    }

    public void save(Workshop before, Workshop after) {
        if (before.id() != after.id() || after.id() == 0) {
            throw new IllegalArgumentException("save compares two versions of one saved workshop");
        }
        long id = after.id();
        long next = inWriteTransaction("save your last change", connection -> {
            Long known = knownVersions.get(id);
            long based = known != null ? known : storedVersion(connection, id);
            // The version check and the claim in one statement: of two saves based on the same version, the second
            // waits for the first's row lock, then finds the version moved on and changes nothing.
            if (Sql.update(connection, "UPDATE workshop SET edit_version = edit_version + 1 WHERE id = ? AND edit_version = ?",
                    id, based) == 0) {
                storedVersion(connection, id); // says so if it was deleted
                throw new StaleWorkshopException(id);
            }
            tables.writeDifference(connection, before, after);
            // The history: what this save changed, and when (the time of its last edit).
            rounds.recordEdit(connection, after.id(), after.lastEditedAt(), WorkshopChanges.between(before, after));
            return based + 1;
        });
        knownVersions.put(id, next);
    }

    public Workshop duplicate(long workshopId, String newTitle) {
        String title = Names.clean(newTitle, "the workshop title");
        return inWriteTransaction("duplicate the workshop", connection -> {
            Workshop original = tables.load(connection, workshopId, true);
            Workshop copy = original.duplicate(title, now());
            long id = tables.insertWorkshopRow(connection, copy);
            Workshop saved = copy.withId(id);
            Workshop empty = new Workshop(id, saved.details(), saved.createdAt(), saved.lastEditedAt(),
                    saved.consultedLimit(), Matrix.EMPTY, saved.guide());
            tables.writeDifference(connection, empty, saved);
            tables.writeGuide(connection, saved);
            rounds.setFollows(connection, id, workshopId);
            // The follow-up carries the original's last round (its name, date and sign-offs) holding the copy as made:
            // its edits are changes since that agreement, and the next round it closes is the new round.
            var last = rounds.rounds(connection, workshopId).latest();
            if (last.isPresent()) {
                rounds.snapshot(connection, id, last.get().number(), last.get().name(), last.get().closedAt());
                rounds.writeSignOffs(connection, id, last.get().number(), last.get().signOffs());
            }
            return saved;
        });
    }

    // ---- rounds and history ----

    public Round closeRound(long workshopId, String name, List<SignOff> signOffs) {
        return closeRound(workshopId, -1, "", name, signOffs);
    }

    /**
     * Closes the round after round {@code afterRound} (0: the first), or refuses with
     * {@link RoundClosedMeanwhileException} if another facilitator closed it meanwhile; a negative {@code afterRound}
     * closes the next whatever it is. One facilitator at a time: the workshop's row is locked for the transaction,
     * so a second close waits for the first's commit and then sees its round.
     */
    public Round closeRound(long workshopId, int afterRound, String closedBy, String name, List<SignOff> signOffs) {
        return inWriteTransaction("close the round", connection -> {
            if (Sql.first(connection, "SELECT id FROM workshop WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), -1L,
                    workshopId) < 0) {
                throw new StoreException("That workshop is no longer saved; it may have been deleted.");
            }
            // The time once the lock is held: a round waited for is never dated before the one it waited for.
            Instant now = now();
            int number = rounds.nextNumber(connection, workshopId);
            if (afterRound >= 0 && number != afterRound + 1) {
                Round latest = rounds.rounds(connection, workshopId).latest().orElseThrow();
                throw new RoundClosedMeanwhileException(latest.number(), latest.name(),
                        rounds.closedBy(connection, workshopId, latest.number()), latest.closedAt(), now);
            }
            Round round = new Round(number, name, now, signOffs);
            rounds.snapshot(connection, workshopId, round.number(), round.name(), now);
            rounds.setClosedBy(connection, workshopId, round.number(), closedBy);
            rounds.writeSignOffs(connection, workshopId, round.number(), round.signOffs());
            return round;
        });
    }

    // ---- who has a workshop open (a team's library) ----

    /** A facilitator not seen for this long has gone (a laptop killed or cut off): no longer shown. */
    public static final java.time.Duration PRESENCE_GONE_AFTER = java.time.Duration.ofSeconds(30);
    /** Rows this old are tidied away by the next facilitator who opens the workshop. */
    private static final java.time.Duration PRESENCE_FORGOTTEN_AFTER = java.time.Duration.ofHours(1);

    /**
     * Says that this opening ({@code opening}, one per window that opens the workshop) still has the workshop open,
     * and returns the others who do, earliest first. The times compared are the server's, so laptops whose clocks
     * disagree still see one another.
     */
    public List<Presence> markOpen(long workshopId, java.util.UUID opening, Presence me) {
        return inTransaction("say who has the workshop open", connection -> {
            if (Sql.update(connection, "UPDATE workshop_presence SET seen_at = CURRENT_TIMESTAMP WHERE opening_id = ?",
                    opening) == 0) {
                Sql.update(connection, """
                        INSERT INTO workshop_presence (opening_id, workshop_id, facilitator, host, opened_at, seen_at)
                        VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)""", opening, workshopId, me.facilitator(),
                        me.host(), WorkshopTables.offset(me.openedAt()));
            }
            record Row(java.util.UUID opening, Presence presence, java.time.Duration unseen) {
            }
            List<Row> rows = Sql.list(connection, """
                    SELECT opening_id, facilitator, host, opened_at, seen_at, CURRENT_TIMESTAMP FROM workshop_presence
                    WHERE workshop_id = ? AND opening_id <> ? ORDER BY opened_at""",
                    rs -> new Row(rs.getObject(1, java.util.UUID.class), new Presence(rs.getString(2), rs.getString(3),
                            WorkshopTables.instant(rs, 4)), java.time.Duration.between(WorkshopTables.instant(rs, 5),
                            WorkshopTables.instant(rs, 6))), workshopId, opening);
            for (Row row : rows) {
                if (row.unseen().compareTo(PRESENCE_FORGOTTEN_AFTER) > 0) {
                    Sql.update(connection, "DELETE FROM workshop_presence WHERE opening_id = ?", row.opening());
                }
            }
            return rows.stream().filter(r -> r.unseen().compareTo(PRESENCE_GONE_AFTER) < 0).map(Row::presence)
                    .toList();
        });
    }

    /** This opening has closed the workshop. */
    public void markClosed(java.util.UUID opening) {
        inTransaction("say the workshop is closed", connection -> Sql.update(connection,
                "DELETE FROM workshop_presence WHERE opening_id = ?", opening));
    }

    /**
     * Who has each workshop open now (those seen in the last {@link #PRESENCE_GONE_AFTER}), for the start screen's
     * list, by workshop id.
     */
    public Map<Long, List<Presence>> openNow() {
        return inTransaction("read who has the workshops open", connection -> {
            record Row(long workshopId, Presence presence, java.time.Duration unseen) {
            }
            Map<Long, List<Presence>> open = new HashMap<>();
            for (Row row : Sql.list(connection, """
                    SELECT workshop_id, facilitator, host, opened_at, seen_at, CURRENT_TIMESTAMP FROM workshop_presence
                    ORDER BY opened_at""", rs -> new Row(rs.getLong(1), new Presence(rs.getString(2), rs.getString(3),
                    WorkshopTables.instant(rs, 4)), java.time.Duration.between(WorkshopTables.instant(rs, 5),
                    WorkshopTables.instant(rs, 6))))) {
                if (row.unseen().compareTo(PRESENCE_GONE_AFTER) < 0) {
                    open.computeIfAbsent(row.workshopId(), id -> new java.util.ArrayList<>()).add(row.presence());
                }
            }
            return open;
        });
    }

    public Rounds rounds(long workshopId) {
        return inTransaction("read the workshop's rounds", connection -> rounds.rounds(connection, workshopId));
    }

    public Workshop roundSnapshot(long workshopId, int number) {
        return inTransaction("read round " + number, connection -> rounds.load(connection, workshopId, number));
    }

    public Map<String, Instant> lastChanged(long workshopId, Instant after, Instant until) {
        return inTransaction("read the workshop's history",
                connection -> rounds.lastChanged(connection, workshopId, after, until));
    }

    public List<org.accord.domain.round.Change> history(long workshopId, Instant after) {
        return inTransaction("read the workshop's history", connection -> rounds.history(connection, workshopId, after));
    }

    public int savedEditCount(long workshopId) {
        return inTransaction("read the workshop's history", connection -> rounds.savedEditCount(connection, workshopId));
    }

    /** Microseconds: what the database keeps of a moment, so a round read back equals the one returned. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public void rename(long workshopId, String newTitle) {
        String title = Names.clean(newTitle, "the workshop title");
        // A new version too: a window with the workshop open sees the new title arrive.
        inWriteTransaction("rename the workshop", connection -> Sql.update(connection,
                "UPDATE workshop SET title = ?, last_edited_at = ?, edit_version = edit_version + 1 WHERE id = ?",
                title, WorkshopTables.offset(clock.instant()), workshopId));
    }

    public void delete(long workshopId) {
        // Letters go with their activities and roles (ON DELETE CASCADE), those with the workshop.
        inWriteTransaction("delete the workshop",
                connection -> Sql.update(connection, "DELETE FROM workshop WHERE id = ?", workshopId));
    }

    // ---- transactions and errors ----

    /**
     * Runs a change in one transaction that also counts it, then tells the host the count (the H2 store records it
     * in its sidecar file).
     */
    private <T> T inWriteTransaction(String whatFor, SqlWork<T> work) {
        if (readOnly) {
            throw new IllegalStateException("The workshops were opened for reading only; cannot " + whatFor);
        }
        if (!host.countsEdits()) {
            return inTransaction(whatFor, work);
        }
        long[] sequence = new long[1];
        T result = inTransaction(whatFor, connection -> {
            T done = work.run(connection);
            Sql.update(connection, "UPDATE store_state SET edit_sequence = edit_sequence + 1 WHERE id = 1");
            sequence[0] = editSequence(connection);
            return done;
        });
        host.committed(sequence[0]);
        return result;
    }

    /** Runs work in one transaction: committed as a whole or rolled back as a whole. */
    public <T> T inTransaction(String whatFor, SqlWork<T> work) {
        Connection connection = host.connection();
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection);
            if (!dialect.isDatabaseFailure(e)) {
                throw (RuntimeException) e;
            }
            host.failed();
            log().log(Level.WARNING, "Could not " + whatFor + " in " + where, e);
            throw new StoreException("Accord could not " + whatFor + " in " + where + ". " + dialect.advice(e), e);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            log().log(Level.WARNING, "Rollback failed", e);
        }
    }
}
