package org.accord.session;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.accord.domain.Edit;
import org.accord.domain.EditHistory;
import org.accord.domain.Workshop;
import org.accord.domain.guide.AgendaProgress;
import org.accord.domain.guide.StepClock;
import org.accord.domain.WorkshopMerge;
import org.accord.store.StaleWorkshopException;
import org.accord.store.WorkshopStore;

/**
 * One open workshop: the current version, its undo history, and what has reached the disk. The window and the
 * crash test both edit through this class, so what the tests prove is what the facilitator gets.
 *
 * <p>Threads: {@link #apply}, {@link #undo} and {@link #redo} run on one thread (the JavaFX thread in the window);
 * {@link #saveNow} runs on one background thread. Workshops are immutable, so handing the current one across is
 * safe. A failed save leaves {@code lastSaved} where it was: the next save writes everything since, so nothing
 * the facilitator typed is lost once the cause is gone.
 */
public final class WorkshopSession {
    /** How many steps undo goes back; the benchmark weighs the memory they hold. */
    public static final int UNDO_LIMIT = 500;

    private final WorkshopStore store;
    private final Clock clock;
    private final EditHistory history = new EditHistory(UNDO_LIMIT);
    private final Object saveLock = new Object();
    /**
     * Held while {@code current} is read and replaced, by the edits (JavaFX thread) and by a merge of another
     * facilitator's changes (background thread), so that neither replaces the other's result unseen. Never held
     * while the store is called.
     */
    private final Object currentLock = new Object();
    private volatile Workshop current;
    private Workshop lastSaved; // guarded by saveLock

    public WorkshopSession(WorkshopStore store, Workshop loaded, Clock clock) {
        this.store = store;
        this.clock = clock;
        // A timer still running in a workshop being opened was left running when Accord closed or was killed: it
        // stops where it was last seen, and the next save writes that down.
        this.current = loaded.withTimersStoppedWhereLastSeen();
        this.lastSaved = loaded;
    }

    public Workshop current() {
        return current;
    }

    /** Applies an edit in memory and records it for undo. Throws ValidationException, leaving nothing changed. */
    public Workshop apply(Edit edit) {
        synchronized (currentLock) {
            Workshop before = current;
            Workshop after = edit.applyTo(before);
            if (after.equals(before)) {
                return before;
            }
            after = after.withLastEditedAt(now());
            history.record(edit.description(), before, after);
            current = after;
            return after;
        }
    }

    /**
     * Moves the meeting along (the current step, a timer) without an undo step. Saved like any edit, but undo and
     * redo restore the room's decisions only: they never move the meeting back a step or rewind a timer.
     */
    public Workshop applyProgress(Edit edit) {
        synchronized (currentLock) {
            Workshop after = edit.applyTo(current);
            if (!after.guide().withProgress(current.guide().progress()).equals(current.guide())) {
                throw new IllegalArgumentException("Only the agenda's progress may change here: " + edit.description());
            }
            current = after;
            return after;
        }
    }

    /**
     * Records that the running timers are still running now, at most once per {@link StepClock#HEARTBEAT}: saved,
     * that moment is where a run stops counting if Accord is killed. True when there was something to record.
     */
    public boolean recordTimersStillRunning() {
        Instant at = now();
        synchronized (currentLock) {
            AgendaProgress progress = current.guide().progress();
            if (progress.clocks().values().stream().noneMatch(c -> c.dueForSighting(at))) {
                return false;
            }
            current = current.withGuide(current.guide().withProgress(progress.seen(at)));
            return true;
        }
    }

    /** Pauses every running timer now, as the workshop is closed; true when one was running. */
    public boolean pauseTimers() {
        synchronized (currentLock) {
            AgendaProgress progress = current.guide().progress();
            if (!progress.anyClockRunning()) {
                return false;
            }
            current = current.withGuide(current.guide().withProgress(progress.paused(now())));
            return true;
        }
    }

    public Optional<Workshop> undo() {
        synchronized (currentLock) {
            return history.undo().map(step -> moveTo(step.before()));
        }
    }

    public Optional<Workshop> redo() {
        synchronized (currentLock) {
            return history.redo().map(step -> moveTo(step.after()));
        }
    }

    public Optional<String> nextUndo() {
        synchronized (currentLock) {
            return history.nextUndo();
        }
    }

    public Optional<String> nextRedo() {
        synchronized (currentLock) {
            return history.nextRedo();
        }
    }

    private Workshop moveTo(Workshop target) {
        Workshop keepingProgress = target.withGuide(target.guide().withProgress(current.guide().progress()));
        current = keepingProgress.withLastEditedAt(now());
        return current;
    }

    /**
     * Writes everything not yet on disk in one durable transaction. Blocking: call it off the JavaFX thread.
     *
     * @return the version now on disk
     * @throws org.accord.store.StoreException if it could not be saved; the edits stay in memory for the next try
     */
    public Workshop saveNow() {
        synchronized (saveLock) {
            Workshop target = current;
            if (target == lastSaved) {
                return target;
            }
            try {
                store.save(lastSaved, target);
                lastSaved = target;
                return target;
            } catch (StaleWorkshopException stale) {
                return reapplyOnTheirs(target, WorkshopMerge.Keep.NEITHER);
            }
        }
    }

    /**
     * Another facilitator saved this workshop since it was read: the edits not yet saved here are re-applied on top
     * of their version and saved through the same version check (again, if a third saved meanwhile). Edits to the
     * same cell or the same whole (the rows, the details, the agenda) made differently by both are never written
     * over theirs: a {@link WorkshopConflictException} names them, the edits stay here unsaved, and
     * {@link #resolveConflicts} settles them as the facilitator chooses.
     */
    private Workshop reapplyOnTheirs(Workshop target, WorkshopMerge.Keep keep) {
        for (int attempt = 0; ; attempt++) {
            Workshop theirs = store.load(target.id());
            WorkshopMerge.Result result = WorkshopMerge.merge(lastSaved, target, theirs, keep);
            if (!result.clean()) {
                throw new WorkshopConflictException(result.conflicts());
            }
            try {
                store.save(theirs, result.merged());
            } catch (StaleWorkshopException again) {
                if (attempt < 5) {
                    continue; // a third facilitator saved meanwhile: once more on top of theirs
                }
                throw again;
            }
            lastSaved = result.merged();
            adopt(target, result.merged());
            return result.merged();
        }
    }

    /**
     * Saves after a conflict, each conflicting cell or whole taking the version the facilitator chose (theirs or
     * mine); everything else is merged as at every save. Blocking: off the JavaFX thread.
     */
    public Workshop resolveConflicts(WorkshopMerge.Keep keep) {
        synchronized (saveLock) {
            return reapplyOnTheirs(current, keep);
        }
    }

    /**
     * Takes in what other facilitators saved since this session last read or saved the workshop, merged with the
     * edits not yet saved here (which the next save writes). Blocking: a window calls it every few seconds off the
     * JavaFX thread. True when something arrived; a conflict with unsaved edits here is left to the next save.
     */
    public boolean pullChanges() {
        synchronized (saveLock) {
            Optional<Workshop> changed = store.loadIfChanged(current.id());
            if (changed.isEmpty()) {
                return false;
            }
            Workshop mine = current;
            WorkshopMerge.Result result = WorkshopMerge.merge(lastSaved, mine, changed.get(), WorkshopMerge.Keep.NEITHER);
            if (!result.clean()) {
                throw new WorkshopConflictException(result.conflicts());
            }
            lastSaved = changed.get();
            adopt(mine, result.merged());
            return true;
        }
    }

    /**
     * Makes {@code merged} (which holds {@code basis} and another facilitator's changes) current, keeping any edit
     * made here since {@code basis} was taken. Undo forgets its steps: going back to a version from before their
     * changes would write over them.
     */
    private void adopt(Workshop basis, Workshop merged) {
        synchronized (currentLock) {
            Workshop now = current;
            current = now == basis ? merged
                    : WorkshopMerge.merge(basis, now, merged, WorkshopMerge.Keep.MINE).merged();
            history.clear();
        }
    }

    /** True when other facilitators may change this workshop meanwhile (a team's library): see {@link #pullChanges}. */
    public boolean isShared() {
        return store.isShared();
    }

    /** True when every edit is on disk. */
    public boolean isSaved() {
        synchronized (saveLock) {
            return lastSaved == current;
        }
    }

    private Instant now() {
        // Microseconds are what the database keeps exactly; a reloaded workshop then equals the one in memory.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
