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
    /**
     * A save or a look for others' changes found one that conflicts with the edits here (guarded by saveLock). The
     * store then knows their version as the one read last, so a plain save (the window retries every 3 s) would pass
     * the version check and write these edits over theirs: the next save merges on top of theirs instead, and finds
     * the conflict again.
     */
    private boolean theirsUnmerged;
    /** Where edits the team's server has not got are kept on this laptop; {@link EditJournal#NONE} for the local file. */
    private final EditJournal journal;
    /** This session's journal file holds edits the server has not got (guarded by saveLock). */
    private boolean journalWritten;
    /** The journal's slot is taken by one that could not be put aside: nothing is written over it (saveLock). */
    private boolean journalBlocked;
    /** Edits taken from a journal at open that the server has not got yet, for the count the facilitator is told. */
    private int editsFromJournal; // guarded by saveLock
    /** What the journal holds now (saveLock): a failed try does not write the state written just before it again. */
    private Workshop journaled;
    private Workshop journaledBase;
    /** The {@link #version} the edits counted for the journal start after: the last save's, or a recovery's. */
    private long versionCountedFrom; // guarded by saveLock

    public WorkshopSession(WorkshopStore store, Workshop loaded, Clock clock) {
        this(store, loaded, clock, EditJournal.NONE);
    }

    /** @param journal where edits are kept while a team's server cannot be reached (docs/decisions/0016) */
    public WorkshopSession(WorkshopStore store, Workshop loaded, Clock clock, EditJournal journal) {
        this.store = store;
        this.clock = clock;
        this.journal = journal;
        // A timer still running in a workshop being opened was left running when Accord closed or was killed: it
        // stops where it was last seen, and the next save writes that down.
        this.current = loaded.withTimersStoppedWhereLastSeen();
        this.lastSaved = loaded;
        this.openedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
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
                if (journalWritten) {
                    // The server was away at the last try: the edits reach the disk here first, before a try that may
                    // take the connect timeout to fail.
                    keepInJournal(target, targetVersion);
                }
                try {
                    if (theirsUnmerged) {
                        target = reapplyOnTheirs(target, java.util.Map.of(), WorkshopMerge.Keep.NEITHER);
                    } else {
                        try {
                            store.save(lastSaved, target);
                            lastSaved = target;
                        } catch (StaleWorkshopException stale) {
                            target = reapplyOnTheirs(target, java.util.Map.of(), WorkshopMerge.Keep.NEITHER);
                        }
                    }
                } catch (RuntimeException notSaved) {
                    keepInJournal(target, targetVersion);
                    throw notSaved;
                }
            }
            journalDelivered(target.id());
            savedVersion = Math.max(savedVersion, targetVersion);
            return target;
        }
    }

    /** Under saveLock: the server has every edit the journal held, so it goes (nothing to do on the normal path). */
    private void journalDelivered(long workshopId) {
        if (journalWritten) {
            journal.forget(workshopId);
            journalWritten = false;
            editsFromJournal = 0;
        }
    }

    /**
     * Under saveLock: the edits not on the server written to this laptop's journal, from the workshop as the server
     * last had it ({@code lastSaved}) to {@code target}. A journal that cannot be written costs only the journal (the
     * edits stay in memory and the save's own failure is what the facilitator is told); it is logged.
     */
    private void keepInJournal(Workshop target, long targetVersion) {
        if (!journal.isKept() || journalBlocked || (journalWritten && journaled == target && journaledBase == lastSaved)) {
            return; // no journal, or this very state is in it already (written before the try that just failed)
        }
        int edits = Math.max(1, editsFromJournal + (int) (targetVersion - Math.max(savedVersion, versionCountedFrom)));
        try {
            journal.keep(new EditJournal.Pending(journal.library(), lastSaved, target,
                    edits, now()));
            journalWritten = true;
            journaled = target;
            journaledBase = lastSaved;
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(WorkshopSession.class.getName()).log(java.util.logging.Level.WARNING,
                    "Could not keep the unsaved edits in the journal " + journal.file(target.id()), e);
        }
    }

    /**
     * What opening the workshop found in this laptop's journal: edits made while the team's server could not be
     * reached, by this session's predecessor (a window closed or a laptop killed before the server was back).
     *
     * @param edits     how many edits the journal held
     * @param conflicts what they changed that others changed differently since (empty when they were put back)
     * @param keptIn    where a journal that could not be put back is kept (null when it was)
     */
    public record Recovery(int edits, java.util.List<String> conflicts, java.nio.file.Path keptIn) {
        static final Recovery NONE = new Recovery(0, java.util.List.of(), null);

        public boolean found() {
            return edits > 0 || keptIn != null;
        }

        /** True when the edits are not on the server: the facilitator must act on the kept file. */
        public boolean putAside() {
            return keptIn != null;
        }

        /** For the facilitator: what became of the edits. */
        public String message() {
            if (edits == 0 && keptIn != null) {
                return "Edits kept on this laptop while the team's server could not be reached could not be read back;"
                        + " the file is kept in " + keptIn + ".";
            }
            String count = edits == 1 ? "1 edit" : edits + " edits";
            if (conflicts.isEmpty()) {
                return count + " made on this laptop while the team's server could not be reached " + (edits == 1
                        ? "was" : "were") + " saved now.";
            }
            return count + " made on this laptop while the team's server could not be reached clash with changes "
                    + "saved since (" + WorkshopConflictException.describe(conflicts) + "). Nothing of theirs was "
                    + "written over; your edits are kept in " + keptIn + " (Import opens it as a workshop of its own).";
        }
    }

    /**
     * Puts back the edits this laptop's journal kept for this workshop, through the same merge and version check as
     * every save: what others saved since is kept, and the edits are written on top of it. If they clash, nothing is
     * written: the journal is put aside under a name of its own (kept, never dropped) and the facilitator is told.
     * If the server cannot be reached, the edits stay in the session and the journal (the next save writes them).
     * Blocking: off the JavaFX thread, once the workshop is open.
     */
    public Recovery recoverFromJournal() {
        synchronized (saveLock) {
            long id = current.id();
            java.util.Optional<EditJournal.Pending> kept;
            try {
                kept = journal.read(id);
            } catch (org.accord.domain.AccordException unreadable) {
                java.util.logging.Logger.getLogger(WorkshopSession.class.getName()).log(java.util.logging.Level.WARNING,
                        "The edit journal of workshop " + id + " cannot be read", unreadable);
                java.nio.file.Path aside = journal.putAside(id, current.title());
                journalBlocked = aside.equals(journal.file(id));
                return new Recovery(0, java.util.List.of(), aside);
            }
            if (kept.isEmpty()) {
                return Recovery.NONE;
            }
            var pending = kept.get();
            int edits = Math.max(1, pending.edits());
            Workshop basis = current;
            WorkshopMerge.Result result = WorkshopMerge.merge(pending.base(), pending.mine(), basis,
                    WorkshopMerge.Keep.NEITHER);
            if (!result.clean()) {
                java.nio.file.Path aside = journal.putAside(id, current.title());
                journalBlocked = aside.equals(journal.file(id));
                return new Recovery(edits, result.conflicts(), aside);
            }
            adopt(basis, result.merged());
            versionCountedFrom = version;
            journalWritten = true; // the file is this session's now: the save below deletes it, or rewrites it
            editsFromJournal = edits;
            saveNow();
            return new Recovery(edits, java.util.List.of(), null);
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

    /**
     * Closes the round after round {@code afterRound} (the last one the facilitator saw; 0 before the first), named
     * as this facilitator's. On a team's library two facilitators may close at once: the second is refused with
     * {@link org.accord.store.RoundClosedMeanwhileException} (who closed it, when), never a second round.
     */
    public Round closeRound(String name, List<SignOff> signOffs, int afterRound) {
        synchronized (saveLock) {
            saveNow();
            return store.closeRound(current.id(), afterRound, ThisFacilitator.name(), name, signOffs);
        }
    }

    /** The workshop's closed rounds and what it follows up, read from the store when asked (not at open). */
    public Rounds rounds() {
        return store.rounds(current.id());
    }

    // ---- who else has it open (a team's library) ----

    /** This window's opening of the workshop, as the team's library records who has it open. */
    private final java.util.UUID opening = java.util.UUID.randomUUID();
    private final Instant openedAt;

    /**
     * Says the workshop is still open here and returns the other facilitators who have it open (a team's library;
     * none on the local one). Blocking: the window calls it with every look for changes, off the JavaFX thread.
     */
    public List<org.accord.domain.Presence> stillOpen() {
        if (!store.isShared()) {
            return List.of();
        }
        return store.markOpen(current.id(), opening, ThisFacilitator.openedAt(openedAt));
    }

    /** The workshop is closed here: others no longer see it open. Blocking: off the JavaFX thread. */
    public void leave() {
        if (store.isShared()) {
            store.markClosed(opening);
        }
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
    private Workshop reapplyOnTheirs(Workshop target, java.util.Map<String, WorkshopMerge.Keep> chosen,
                                     WorkshopMerge.Keep otherwise) {
        for (int attempt = 0; ; attempt++) {
            Workshop theirs = store.load(target.id());
            WorkshopMerge.Result result = WorkshopMerge.merge(lastSaved, target, theirs, chosen, otherwise);
            if (!result.clean()) {
                // The store has now read their version: the retried save must merge again, not write over it.
                theirsUnmerged = true;
                throw new WorkshopConflictException(result.unsettled());
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
            theirsUnmerged = false;
            adopt(target, result.merged());
            return result.merged();
        }
    }

    /**
     * Saves after a conflict, each conflicting cell or whole taking the version the facilitator chose (theirs or
     * mine); everything else is merged as at every save. Blocking: off the JavaFX thread.
     */
    public Workshop resolveConflicts(WorkshopMerge.Keep keep) {
        return resolveConflicts(java.util.Map.of(), keep);
    }

    /**
     * Saves after a conflict, each conflicting unit taking the version chosen for its key
     * ({@link WorkshopMerge.Conflict#key}: the facilitator's choice cell by cell), a unit not named {@code otherwise}.
     * With {@link WorkshopMerge.Keep#NEITHER} there, a conflict that arose since the choice was offered (a third
     * facilitator's save) is not settled unseen: a new {@link WorkshopConflictException} names it, nothing written.
     * Blocking: off the JavaFX thread.
     */
    public Workshop resolveConflicts(java.util.Map<String, WorkshopMerge.Keep> chosen, WorkshopMerge.Keep otherwise) {
        synchronized (saveLock) {
            long targetVersion = version;
            Workshop saved = reapplyOnTheirs(current, chosen, otherwise);
            savedVersion = Math.max(savedVersion, targetVersion);
            journalDelivered(saved.id()); // a journal written when the conflict stopped the save is delivered too
            return saved;
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
                theirsUnmerged = true;
                throw new WorkshopConflictException(result.unsettled());
            }
            lastSaved = changed.get();
            theirsUnmerged = false;
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
