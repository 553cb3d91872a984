package org.accord.session;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.accord.domain.Edit;
import org.accord.domain.EditHistory;
import org.accord.domain.Workshop;
import org.accord.domain.guide.AgendaProgress;
import org.accord.domain.guide.StepClock;
import org.accord.domain.WorkshopMerge;
import org.accord.store.StaleWorkshopException;
import org.accord.domain.round.Round;
import org.accord.domain.round.RoundComparison;
import org.accord.domain.round.Rounds;
import org.accord.domain.round.SignOff;
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
    /**
     * Counts every change of {@code current}; {@code savedVersion} is the count the disk has reached. Together they
     * say whether one particular change is durable yet (a phone is told "Saved" only then, issue 18), which
     * {@link #isSaved} cannot: under a stream of edits the disk may never be wholly caught up.
     */
    private volatile long version;
    private volatile long savedVersion;
    /**
     * Written under saveLock; volatile so that {@link #isSaved} can read it without that lock: the JavaFX thread asks
     * it after every save, and taking the lock made it wait out the next save's commit (67 ms at a time while a
     * room's phones answered, issue 18).
     */
    private volatile Workshop lastSaved;

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
            changeTo(after);
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
            changeTo(after);
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
            changeTo(current.withGuide(current.guide().withProgress(progress.seen(at))));
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
            changeTo(current.withGuide(current.guide().withProgress(progress.paused(now()))));
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
        changeTo(keepingProgress.withLastEditedAt(now()));
        return current;
    }

    /**
     * Under {@code currentLock} only. The workshop is handed over before the version is counted: a save that reads the
     * version and then the workshop writes at least that version, never less than it will claim.
     */
    private void changeTo(Workshop next) {
        if (next != current) {
            current = next;
            version++;
        }
    }

    /** How many changes this session has made so far; compare with {@link #savedVersion}. */
    public long version() {
        return version;
    }

    /** The {@link #version} the disk has reached: every change up to it is durable. */
    public long savedVersion() {
        return savedVersion;
    }

    /**
     * Writes everything not yet on disk in one durable transaction. Blocking: call it off the JavaFX thread.
     *
     * @return the version now on disk
     * @throws org.accord.store.StoreException if it could not be saved; the edits stay in memory for the next try
     */
    public Workshop saveNow() {
        synchronized (saveLock) {
            // The version first: the workshop read after it is at least that new, so savedVersion never claims more.
            long targetVersion = version;
            Workshop target = current;
            if (target != lastSaved) {
                try {
                    store.save(lastSaved, target);
                    lastSaved = target;
                } catch (StaleWorkshopException stale) {
                    target = reapplyOnTheirs(target, WorkshopMerge.Keep.NEITHER);
                }
            }
            savedVersion = Math.max(savedVersion, targetVersion);
            return target;
        }
    }

    // ---- rounds and what changed (blocking, like saveNow: off the JavaFX thread) ----

    /**
     * Closes a round: saves what is not saved yet, then keeps the workshop as it now is under {@code name} with the
     * sign-offs. Undo and redo go on as before; later edits are changes since this round.
     */
    public Round closeRound(String name, List<SignOff> signOffs) {
        synchronized (saveLock) {
            saveNow();
            return store.closeRound(current.id(), name, signOffs);
        }
    }

    /** The workshop's closed rounds and what it follows up, read from the store when asked (not at open). */
    public Rounds rounds() {
        return store.rounds(current.id());
    }

    /** What changed since the last round closed, up to the saved workshop; empty before the first round. */
    public Optional<RoundComparison> changesSinceLatest() {
        return rounds().latest().map(r -> changesSince(r));
    }

    /** What changed since round {@code round}, up to the workshop as it is saved now (unsaved edits saved first). */
    public RoundComparison changesSince(Round round) {
        return changesSince(store, round, saveNow());
    }

    /**
     * What changed since the last round closed in a saved workshop, for a reader without a session (the command
     * line's export); empty before the first round.
     */
    public static Optional<RoundComparison> changesSinceLatest(WorkshopStore store, Workshop saved) {
        return store.rounds(saved.id()).latest().map(r -> changesSince(store, r, saved));
    }

    private static RoundComparison changesSince(WorkshopStore store, Round round, Workshop now) {
        Workshop then = store.roundSnapshot(now.id(), round.number());
        Instant until = now.lastEditedAt().isAfter(round.closedAt()) ? now.lastEditedAt() : round.closedAt();
        return RoundComparison.of(round, Optional.empty(), then, now,
                store.lastChanged(now.id(), round.closedAt(), until));
    }

    /** The audit trail since round {@code from}: every saved change, oldest first, unsaved edits saved first. */
    public List<org.accord.domain.round.Change> historySince(Round from) {
        return store.history(saveNow().id(), from.closedAt());
    }

    /** What changed from round {@code from} to the later round {@code to}. */
    public RoundComparison compare(Round from, Round to) {
        long id = current.id();
        Workshop then = store.roundSnapshot(id, from.number());
        Workshop later = store.roundSnapshot(id, to.number());
        Instant until = to.closedAt().isAfter(from.closedAt()) ? to.closedAt() : from.closedAt();
        return RoundComparison.of(from, Optional.of(to), then, later, store.lastChanged(id, from.closedAt(), until));
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
            changeTo(now == basis ? merged : WorkshopMerge.merge(basis, now, merged, WorkshopMerge.Keep.MINE).merged());
            history.clear();
        }
    }

    /** True when other facilitators may change this workshop meanwhile (a team's library): see {@link #pullChanges}. */
    public boolean isShared() {
        return store.isShared();
    }

    /**
     * True when every edit is on disk. Never waits for a save under way: while one runs it answers as things stood
     * before it (false), and the caller's next look, after that save, sees it.
     */
    public boolean isSaved() {
        return lastSaved == current;
    }

    private Instant now() {
        // Microseconds are what the database keeps exactly; a reloaded workshop then equals the one in memory.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
