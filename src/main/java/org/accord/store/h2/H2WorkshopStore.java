package org.accord.store.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.accord.store.DamagedStoreException;
import org.accord.store.DataFolder;
import org.accord.store.StoreException;
import org.accord.store.WorkshopSummary;
import org.accord.store.backup.Backup;
import org.accord.store.backup.Backups;
import org.accord.store.jdbc.JdbcWorkshopStore;
import org.accord.store.jdbc.JdbcWorkshops;
import org.accord.domain.round.Round;
import org.accord.domain.round.SignOff;
import org.accord.store.jdbc.Migrations;

/**
 * The workshops in one embedded H2 file, {@code accord.mv.db} in the data folder.
 *
 * <p>Durability: {@code WRITE_DELAY=0} makes H2 write each commit to the file before the commit returns; with the
 * default 500 ms delay a killed process loses acknowledged edits (see docs/decisions/0002). One connection, used
 * by one thread at a time (methods are synchronized); the window calls the store from one background thread.
 * No TCP or web server is ever started: the database is only a file.
 *
 * <p>What is H2's alone is here: opening the file and checking it, the sidecar, backups, the folder lock, compacting
 * at close, reopening after a failed write. Reading and writing the workshops is SQL any JDBC database runs:
 * {@link JdbcWorkshops}, working on this store's connection.
 */
public final class H2WorkshopStore extends JdbcWorkshopStore {
    /**
     * Looked up when something is logged, not when the class loads: a command that logs nothing then never builds
     * Java's logging at all ({@code CommandLogging}).
     */
    private static Logger log() {
        return Logger.getLogger(H2WorkshopStore.class.getName());
    }

    public static final String DATABASE_NAME = "accord";

    private final Path databaseFile;
    private final String url;
    /** Replaced when H2 closed the database under us (a full disk does that): see {@link #reconnectIfLost}. */
    private Connection connection;
    /** A write failed; before the next operation the connection is checked, and opened again if H2 closed it. */
    private boolean connectionSuspect;
    /** Set once every check at open passed: a store closed before that (a damaged file) is not compacted. */
    private boolean checked;
    /** The count of changes this store last committed (see {@link EditSequenceFile}). */
    private long lastSequence;
    private final EditSequenceFile sidecar;
    /** Opened with {@link #openForReading}: H2 has the file read-only, and this store refuses every change. */
    private final boolean readOnly;
    /** Accord's hold on the data folder while the store is open; none when opened for reading only. */
    private final FolderLock folderLock;
    /** The workshops' tables, read and written through this store's connection. */
    private final JdbcWorkshops workshops;

    /**
     * Ended by the system (log-out, shut-down, {@code kill}: SIGTERM), the program finishes the save under way and
     * closes the database before it goes: nothing is left half-written for the next start, or for another Accord
     * that starts at once, to read as an older version of the file.
     */
    private final Thread closeOnExit = new Thread(this::closeResources, "Accord: close the workshops on exit");
    private boolean closed;

    private H2WorkshopStore(Path databaseFile, String url, Connection connection, EditSequenceFile sidecar,
                            boolean readOnly, FolderLock folderLock, Clock clock) {
        this.databaseFile = databaseFile;
        this.url = url;
        this.connection = connection;
        this.sidecar = sidecar;
        this.readOnly = readOnly;
        this.folderLock = folderLock;
        this.workshops = new JdbcWorkshops(H2Dialect.INSTANCE, new Host(), databaseFile.toString(), readOnly, clock);
        Runtime.getRuntime().addShutdownHook(closeOnExit);
    }

    /** Opens (creating and migrating if needed) the database in a data folder. */
    public static H2WorkshopStore open(Path dataFolder) {
        return open(dataFolder, Clock.systemUTC());
    }

    /**
     * Opens the database in a data folder, checking first that it holds every change Accord saved (see
     * {@link EditSequenceFile}). A copy taken just before opening becomes a backup once the file checks out; if it
     * does not, the copy is kept as the damaged file and a {@link DamagedStoreException} names the newest good backup.
     */
    public static H2WorkshopStore open(Path dataFolder, Clock clock) {
        Path folder = DataFolder.prepare(dataFolder);
        FolderLock lock = FolderLock.take(folder, "open your workshops");
        try {
            return openHolding(folder, clock, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Opens the database of a folder this program holds the lock of; the store keeps the lock until closed. */
    private static H2WorkshopStore openHolding(Path folder, Clock clock, FolderLock lock) {
        Path databaseFile = folder.resolve(DATABASE_NAME + ".mv.db");
        Backups backups = new Backups(folder, clock);
        // Holding the folder, any copy still pending is one an ended program did not finish: never a backup.
        backups.discardPending();
        EditSequenceFile sidecar = new EditSequenceFile(folder);
        long saved = sidecar.read().orElse(-1);
        boolean existed = Files.exists(databaseFile);
        if (!existed && saved > 0) {
            throw damaged(databaseFile, "it is missing, although Accord had saved " + saved + " changes in it",
                    Optional.empty(), backups, null);
        }
        Path pending = existed ? backups.copyBeforeOpen(databaseFile) : null;
        try {
            H2WorkshopStore store = openChecked(folder, databaseFile, sidecar, saved, lock, clock);
            DataFolder.keepDatabasePrivate(databaseFile, EditSequenceFile.NAME, FolderLock.NAME); // whatever the folder or umask gave
            if (pending != null) {
                try {
                    backups.keep(pending, "opened", store.editSequence(), store.list());
                } catch (StoreException e) {
                    log().log(Level.WARNING, "The backup taken at open could not be kept", e);
                }
            }
            return store;
        } catch (Damage damage) {
            if (pending != null && damage.readable != null) {
                keepReadablePart(pending, damage.readable, backups);
            }
            Optional<Path> copy = pending == null ? Optional.empty() : Optional.of(backups.keepDamaged(pending));
            throw damaged(databaseFile, damage.getMessage(), copy, backups, damage.getCause());
        } catch (RuntimeException e) {
            if (pending != null) {
                backups.discard(pending);
            }
            throw e;
        }
    }

    /**
     * Opens the workshops only to read them, as the command line's {@code list} and {@code export} do. H2 opens the
     * file read-only, so nothing in it can change: no copy is taken before (ten exports in a row would otherwise
     * rotate out the backups worth keeping for ten identical ones), the sidecar is not written, and a file the user
     * may not write can still be exported. The store refuses every change. The checks are those of
     * {@link #open(Path, Clock)}, with the same messages; a damaged file is not copied here (nothing touched it),
     * the window's next open keeps the copy. A folder without a file yet, or a file at an older schema, is opened by
     * {@code open}, since that must write.
     */
    public static H2WorkshopStore openForReading(Path dataFolder) {
        return openForReading(dataFolder, Clock.systemUTC());
    }

    /** {@link #openForReading(Path)}, telling the time by {@code clock} (as {@link #open(Path, Clock)} does). */
    public static H2WorkshopStore openForReading(Path dataFolder, Clock clock) {
        Path folder = DataFolder.forReading(dataFolder); // a read-only disk is fine: nothing here writes
        Path databaseFile = folder.resolve(DATABASE_NAME + ".mv.db");
        if (!Files.exists(databaseFile)) {
            return open(dataFolder, clock);
        }
        EditSequenceFile sidecar = new EditSequenceFile(folder);
        H2WorkshopStore store;
        try {
            store = openChecked(folder, databaseFile, sidecar, sidecar.read().orElse(-1), null, clock);
        } catch (Damage damage) {
            throw damaged(databaseFile, damage.getMessage(), Optional.empty(), new Backups(folder, clock),
                    damage.getCause());
        }
        return store != null ? store : open(dataFolder, clock);
    }

    /** Said of the backup that holds what a damaged file could still be read as. */
    static final String READABLE_PART = "what the damaged file still held";

    /**
     * Keeps a damaged file that still reads as an older version as a backup of its own, when it holds more than the
     * newest backup: recovery then offers the newest state there is, never one older than the file itself held
     * (restoring the backup taken at open once emptied a grid whose file still had three of its four letters).
     */
    private static void keepReadablePart(Path pending, ReadablePart readable, Backups backups) {
        try {
            long newestBackup = backups.newest().map(Backup::editSequence).orElse(-1L);
            if (readable.editSequence() > newestBackup) {
                Path copy = backups.newZipPath();
                Files.copy(pending, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                backups.keep(copy, READABLE_PART, readable.editSequence(), readable.workshops());
            }
        } catch (IOException | StoreException e) {
            log().log(Level.WARNING, "The readable part of a damaged file could not be kept as a backup", e);
        }
    }

    /**
     * The file is damaged, older or emptier than what was saved; the message says how. When the file could still be
     * read (an older version of the data), what it holds comes along, so recovery never offers less than that.
     */
    private static final class Damage extends RuntimeException {
        private final transient ReadablePart readable;

        Damage(String how, Throwable cause) {
            this(how, cause, null);
        }

        Damage(String how, Throwable cause, ReadablePart readable) {
            super(how, cause);
            this.readable = readable;
        }
    }

    /** What a damaged but readable file holds: its count of changes and its workshops. */
    private record ReadablePart(long editSequence, List<WorkshopSummary> workshops) {
    }

    /**
     * The settings every connection uses. FILE_LOCK=FILE (the default) makes a second Accord on the same folder fail
     * fast instead of sharing the file. REUSE_SPACE=FALSE: H2 writes every commit after the last one instead of into
     * space freed earlier. With reuse, a commit made after a minute's pause (H2 frees old space after 45 s) went into
     * the middle of the file, where a process killed before the next header update left it unfound: the file reopened
     * as an older version, losing acknowledged edits (issue 21; {@code CrashTest} pauses between edits). The file
     * grows instead, and H2 compacts it when the store is closed (docs/decisions/0013).
     */
    public static String url(Path folder, boolean readOnly) {
        return "jdbc:h2:file:" + folder.resolve(DATABASE_NAME)
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=2000;REUSE_SPACE=FALSE"
                + (readOnly ? ";ACCESS_MODE_DATA=r" : "");
    }

    /**
     * The opened store; null if opened read-only and the file first needs a migration.
     *
     * @param lock this program's hold on the folder, kept by the store; null to open the file for reading only
     */
    private static H2WorkshopStore openChecked(Path folder, Path databaseFile, EditSequenceFile sidecar, long saved,
                                               FolderLock lock, Clock clock) {
        boolean readOnly = lock == null;
        String url = url(folder, readOnly);
        try {
            if (Files.exists(databaseFile) && Files.size(databaseFile) == 0) {
                throw new Damage("it is empty (0 bytes)", null);
            }
        } catch (IOException e) {
            throw OpenFailure.explain(databaseFile, e);
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, "sa", "");
        } catch (SQLException e) {
            if (readOnly && e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_IS_READ_ONLY) {
                // H2 reads a healthy file read-only even after a crash; wanting to write means it cannot read it.
                throw new Damage("its content cannot be read", e);
            }
            if (!readOnly && e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                // This program holds the folder (FolderLock), so no other Accord has the file: H2 still holds it from
                // an earlier open of this same file that failed on its damage (H2 does not let go of the file then).
                throw new Damage("its content cannot be read", e);
            }
            throw classify(databaseFile, e);
        }
        try {
            if (saved > 0 && !Migrations.hasTable(connection, "flyway_schema_history")) {
                // H2 opens a truncated file as an empty database: never show that as "no workshops yet".
                throw new Damage("it holds no workshops at all, although Accord had saved " + saved + " changes in it", null);
            }
            if (Migrations.schemaVersion(connection) < LATEST_SCHEMA_VERSION) {
                if (readOnly) {
                    closeQuietly(connection); // migrating writes: the caller opens it the usual way
                    return null;
                }
                // Flyway opens (and closes) its own connection; ours keeps the database open meanwhile. Starting
                // Flyway costs most of a second, so a file already at the latest version skips it.
                Migrations.flyway(ENGINE, H2Dialect.INSTANCE, url, "sa", "").migrate();
            }
            connection.setAutoCommit(false);
            // H2 reads a page only when a query needs it: read every row now, so a damaged page is found here and
            // reported as damage, not later as a save that fails for ever (issue 21: page 12 zeroed).
            readEveryRow(connection);
            H2WorkshopStore store = new H2WorkshopStore(databaseFile, url, connection, sidecar, readOnly, lock, clock);
            long found;
            try {
                found = store.editSequence();
            } catch (RuntimeException e) {
                store.closeKeepingLock();
                throw e;
            }
            if (found >= saved) {
                // Every workshop read as the window reads it: the queries go through indexes that the row scan above
                // does not touch, and a damaged index page once showed only when a workshop was opened.
                try {
                    store.workshops.loadEveryWorkshop();
                } catch (RuntimeException unreadable) {
                    store.closeKeepingLock();
                    throw new Damage("its content cannot be read", unreadable);
                }
            }
            if (found < saved) {
                // H2 opens a file damaged at its end as an older version of the data: keep what it holds for recovery.
                ReadablePart readable = null;
                try {
                    readable = new ReadablePart(found, store.list());
                } catch (RuntimeException unreadable) {
                    log().log(Level.FINE, "The older version's list of workshops cannot be read", unreadable);
                }
                store.closeKeepingLock();
                throw new Damage("it holds an older version of your workshops (" + found + " of " + saved
                        + " saved changes)", null, readable);
            }
            store.lastSequence = found;
            store.checked = true;
            if (!readOnly) {
                sidecar.write(found);
            }
            return store;
        } catch (Damage e) {
            shutDownQuietly(connection);
            throw e;
        } catch (org.h2.mvstore.MVStoreException e) {
            shutDownQuietly(connection);
            throw new Damage("its content cannot be read", e);
        } catch (IOException e) {
            shutDownQuietly(connection);
            throw new StoreException("Accord cannot write to its data folder " + folder
                    + ". Check that the disk has space and that you may write there.", e);
        } catch (SQLException | RuntimeException e) {
            shutDownQuietly(connection);
            throw classify(databaseFile, e);
        }
    }

    /** A damaged file becomes a Damage (to be kept and reported); anything else the message OpenFailure gives. */
    private static RuntimeException classify(Path databaseFile, Exception e) {
        StoreException explained = OpenFailure.explain(databaseFile, e);
        if (OpenFailure.isDamage(databaseFile, e)) {
            return new Damage("its content cannot be read", e);
        }
        return explained;
    }

    private static DamagedStoreException damaged(Path databaseFile, String how, Optional<Path> copy, Backups backups,
                                                 Throwable cause) {
        Optional<Backup> newest = Optional.empty();
        try {
            newest = backups.newest();
        } catch (StoreException e) {
            log().log(Level.WARNING, "Backups could not be listed", e);
        }
        StringBuilder message = new StringBuilder("Accord's workshop file " + databaseFile + " is damaged: " + how
                + ". Accord has not opened it, so nothing older or empty is shown as current.");
        copy.ifPresent(c -> message.append(" A copy of the damaged file is kept at ").append(c).append('.'));
        if (newest.isPresent() && newest.get().reason().equals(READABLE_PART)) {
            message.append(" What the file still holds (").append(newest.get().editSequence())
                    .append(" changes) is kept as the newest backup: choose \"Restore from backup…\" to put it back.");
        } else if (newest.isPresent()) {
            Backup b = newest.get();
            message.append(" The newest good backup is from ")
                    .append(BACKUP_TIME.format(b.takenAt())).append(" with ").append(b.workshops().size())
                    .append(b.workshops().size() == 1 ? " workshop" : " workshops")
                    .append(": choose \"Restore from backup…\" to put it back.");
        } else {
            message.append(copy.isPresent() ? " There is no backup to restore yet; keep the copy for support."
                    : " There is no backup to restore yet.");
        }
        log().log(Level.SEVERE, message.toString(), cause);
        return new DamagedStoreException(message.toString(), copy, newest, cause);
    }

    private static final java.time.format.DateTimeFormatter BACKUP_TIME =
            org.accord.domain.Moments.toTheMinute(java.time.ZoneId.systemDefault());

    /** The newest schema version this Accord knows (see {@link Migrations}). */
    public static final int LATEST_SCHEMA_VERSION = Migrations.LATEST_SCHEMA_VERSION;
    /** The name of H2's own migrations folder ({@link Migrations#engineFolder}). */
    public static final String ENGINE = "h2";

    /**
     * Closes a database that failed its checks without writing to it: after H2 met a damaged page, a plain close
     * left the database registered in this program, and the next open was told it was "open in another window".
     */
    private static void shutDownQuietly(Connection connection) {
        try (Statement st = connection.createStatement()) {
            st.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException | RuntimeException e) {
            log().log(Level.FINE, "Shutting down after a failed open", e);
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log().log(Level.FINE, "Closing after a failed open", e);
        }
    }

    /**
     * Puts a backup in place of the workshop file of a data folder whose database is closed; the current file is set
     * aside in the backups folder first. Then opens it.
     *
     * @return the reopened store
     */
    public static H2WorkshopStore restore(Path dataFolder, Backup backup, Clock clock) {
        Path folder = DataFolder.prepare(dataFolder);
        // Refused while another Accord has the folder: renaming its file under it would leave it saving into nothing.
        FolderLock lock = FolderLock.take(folder, "restore the backup");
        try {
            new Backups(folder, clock).restore(backup, folder.resolve(DATABASE_NAME + ".mv.db"),
                    folder.resolve(EditSequenceFile.NAME));
            return openHolding(folder, clock, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Reads every row of every table, every column, so that a damaged page of any table is met at open. The tables
     * are small (a 300-activity workshop is a few thousand rows), and a page read now is in H2's cache for later.
     */
    private static void readEveryRow(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rs.getObject(c);
                    }
                }
            }
        }
        connection.commit();
    }

    /** The number of changes committed so far (see {@link EditSequenceFile}). */
    public synchronized long editSequence() {
        reconnectIfLost();
        try {
            long value = JdbcWorkshops.editSequence(connection);
            connection.commit();
            return value;
        } catch (SQLException e) {
            throw OpenFailure.explain(databaseFile, e);
        }
    }

    /** A consistent copy of the open database into the backups, with the list of its workshops. */
    public synchronized Backup backupTo(Backups backups, String reason) {
        reconnectIfLost();
        Path zip = backups.newZipPath();
        try (Statement st = connection.createStatement()) {
            st.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            backups.discard(zip);
            throw new StoreException("Accord could not back up " + databaseFile + ". " + OpenFailure.advice(e), e);
        }
        return backups.keep(zip, reason, editSequence(), list());
    }

    // ---- the workshops: JdbcWorkshops does the SQL, inside the transactions of this store's connection ----

    @Override
    public synchronized org.accord.domain.round.Round closeRound(long workshopId, int afterRound, String closedBy,
            String name, java.util.List<org.accord.domain.round.SignOff> signOffs) {
        return workshops.closeRound(workshopId, afterRound, closedBy, name, signOffs);
    }

    @Override
    public synchronized Round closeRound(long workshopId, String name, List<SignOff> signOffs) {
        return workshops.closeRound(workshopId, name, signOffs);
    }

    @Override
    public synchronized Map<String, Instant> lastChanged(long workshopId, Instant after, Instant until) {
        return workshops.lastChanged(workshopId, after, until);
    }

    @Override
    protected JdbcWorkshops workshops() {
        return workshops;
    }

    /**
     * How {@link JdbcWorkshops} reaches this store's database: through {@link #reconnectIfLost} before each
     * transaction, and each committed change recorded in the sidecar.
     */
    private final class Host implements JdbcWorkshops.Host {
        @Override
        public Connection connection() {
            reconnectIfLost();
            return connection;
        }

        @Override
        public void failed() {
            connectionSuspect = true;
        }

        /**
         * Records the count in the sidecar. If that cannot be written the change still stands (the count in the
         * database is ahead, which open accepts).
         */
        @Override
        public void committed(long sequence) {
            lastSequence = sequence;
            try {
                sidecar.write(sequence);
            } catch (IOException e) {
                log().log(Level.WARNING, "The sidecar " + sidecar.path() + " could not be written", e);
            }
        }
    }

    @Override
    public synchronized void close() {
        closeKeepingLock();
        if (folderLock != null) {
            folderLock.close();
        }
    }

    /** Closes the database but keeps the folder, for an open that failed and still has files to set aside. */
    private synchronized void closeKeepingLock() {
        try {
            Runtime.getRuntime().removeShutdownHook(closeOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it finds the store closed
        }
        closeResources();
    }

    /** Synchronized like every store operation, so an edit being saved completes first. */
    private synchronized void closeResources() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            sidecar.close();
        } catch (IOException e) {
            log().log(Level.WARNING, "Closing the sidecar failed", e);
        }
        if (!checked) {
            shutDownQuietly(connection); // the file failed its checks at open: nothing more is written to it
            return;
        }
        if (!readOnly && !connectionSuspect) {
            // Commits only ever go after the last one (REUSE_SPACE=FALSE, see url): space freed during a sitting is
            // given back here, once, when nothing is being saved. H2 writes the compacted file beside the old one
            // and swaps them, so a program ended meanwhile leaves one whole file or the other.
            try (Statement st = connection.createStatement()) {
                st.execute("SHUTDOWN COMPACT");
            } catch (SQLException | RuntimeException e) {
                log().log(Level.WARNING, "Compacting the database at close failed; it is closed as it is", e);
            }
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log().log(Level.WARNING, "Closing the database failed", e);
        }
        if (!readOnly) {
            DataFolder.keepPrivate(databaseFile); // the compacted file is a new one, made with the umask's permissions
        }
    }

    /**
     * After a failed write, checks that the database is still open, and opens it again if H2 closed it: H2 closes a
     * database whose file could not be written (a full disk), and every later save then failed with "the database
     * was closed" until Accord was started again, even after space was freed (issue 21). The file is checked as at
     * open: it must hold every change this store committed.
     */
    private void reconnectIfLost() {
        if (!connectionSuspect || closed) {
            return;
        }
        try {
            if (connection.isValid(2)) {
                JdbcWorkshops.editSequence(connection);
                connection.commit();
                connectionSuspect = false;
                return;
            }
        } catch (SQLException | RuntimeException stillBroken) {
            log().log(Level.FINE, "The database connection is gone; opening it again", stillBroken);
        }
        closeQuietly(connection);
        Connection fresh;
        try {
            fresh = DriverManager.getConnection(url, "sa", "");
            fresh.setAutoCommit(false);
        } catch (SQLException | RuntimeException e) {
            log().log(Level.WARNING, "Could not open " + databaseFile + " again", e);
            throw new StoreException("Accord could not reach " + databaseFile + " again. " + OpenFailure.advice(e), e);
        }
        connection = fresh;
        long found;
        try {
            found = JdbcWorkshops.editSequence(fresh);
            fresh.commit();
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("Accord could not read " + databaseFile + " again. " + OpenFailure.advice(e), e);
        }
        if (found < lastSequence) {
            throw new StoreException("Accord's workshop file " + databaseFile + " no longer holds every saved change ("
                    + found + " of " + lastSequence + "). Start Accord again: it keeps the damaged file aside and offers "
                    + "the newest state it can restore.");
        }
        connectionSuspect = false;
        log().info("The database was opened again after a failed write");
    }
}
