package org.accord.store.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accord.domain.Workshop;
import org.accord.domain.round.Change;
import org.accord.domain.round.Rounds;
import org.accord.store.WorkshopStore;
import org.accord.store.WorkshopSummary;

/**
 * What the H2 file and a team's PostgreSQL server do alike: every read and write of workshops is the same SQL
 * ({@link JdbcWorkshops}), one call at a time on the store's one connection (each method holds the store's lock, as
 * the engine's own methods do). The engine's class keeps only what differs: how it connects and reconnects, its
 * locks, backups and checks, and what it records after a commit.
 */
public abstract class JdbcWorkshopStore implements WorkshopStore {

    /** The engine's JDBC workshops, reached through its connection. */
    protected abstract JdbcWorkshops workshops();

    @Override
    public synchronized List<WorkshopSummary> list() {
        return workshops().list();
    }

    @Override
    public synchronized Workshop load(long workshopId) {
        return workshops().load(workshopId);
    }

    @Override
    public synchronized Optional<Workshop> loadIfChanged(long workshopId) {
        return workshops().loadIfChanged(workshopId);
    }

    @Override
    public synchronized Workshop create(Workshop unsaved) {
        return workshops().create(unsaved);
    }

    @Override
    public synchronized void save(Workshop before, Workshop after) {
        workshops().save(before, after);
    }

    @Override
    public synchronized Workshop duplicate(long workshopId, String newTitle) {
        return workshops().duplicate(workshopId, newTitle);
    }

    @Override
    public synchronized void rename(long workshopId, String newTitle) {
        workshops().rename(workshopId, newTitle);
    }

    @Override
    public synchronized void delete(long workshopId) {
        workshops().delete(workshopId);
    }

    @Override
    public synchronized Rounds rounds(long workshopId) {
        return workshops().rounds(workshopId);
    }

    @Override
    public synchronized Workshop roundSnapshot(long workshopId, int number) {
        return workshops().roundSnapshot(workshopId, number);
    }

    @Override
    public synchronized List<Change> history(long workshopId, Instant after) {
        return workshops().history(workshopId, after);
    }

    @Override
    public synchronized int savedEditCount(long workshopId) {
        return workshops().savedEditCount(workshopId);
    }
}
