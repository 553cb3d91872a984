package org.accord.ui.workshop.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Edit;
import org.accord.domain.Finding;
import org.accord.domain.MatrixChecks;
import org.accord.domain.Messages;
import org.accord.domain.Raci;
import org.accord.domain.RoleLoad;
import org.accord.domain.Side;
import org.accord.domain.ValidationException;
import org.accord.domain.Workshop;
import org.accord.domain.WorkshopDetails;
import org.accord.domain.edit.MatrixEdits;
import org.accord.domain.edit.WorkshopEdits;
import org.accord.domain.round.Round;
import org.accord.domain.round.RoundComparison;
import org.accord.domain.round.Rounds;
import org.accord.domain.round.SignOff;
import org.accord.export.ExportFormat;
import org.accord.export.Exporter;
import org.accord.export.csv.ActivityCsvImport;
import org.accord.export.pdf.PaperSize;
import org.accord.export.xlsx.ProposedChange;
import org.accord.export.xlsx.SpreadsheetChanges;
import org.accord.export.xlsx.SpreadsheetReader;
import org.accord.domain.WorkshopMerge;
import org.accord.session.WorkshopConflictException;
import org.accord.session.WorkshopSession;
import org.accord.ui.common.BackgroundTasks;

/**
 * The workshop screen's state and every edit it can make. Each edit goes through the {@link WorkshopSession} (so it
 * can be undone), then the checks are recomputed and a save is queued in the background. Only touched on the
 * JavaFX thread; the view never sees the session or the store.
 */
public final class WorkshopViewModel {
    private static final Duration RETRY_AFTER = Duration.seconds(3);
    /**
     * How long news ("Saved the PDF", "Added 6 activities") stays, in seconds; a problem stays until read (dismissed)
     * or replaced. A test shortens it with the system property of this name, read when a workshop screen is made.
     */
    static final String NEWS_SECONDS_PROPERTY = "accord.newsSeconds";
    /** The window's own words after a failed save's reason: the store's message is shared with the command line. */
    static final String KEPT_AND_RETRIED = "Your change is kept in the window; Accord will try again.";

    private final WorkshopSession session;
    private final BackgroundTasks tasks;
    private final BackgroundTasks fileTasks;
    private boolean closed;
    private final ReadOnlyObjectWrapper<Workshop> workshop;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<RoleLoad> loads = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private final PauseTransition retry = new PauseTransition(RETRY_AFTER);
    /** How often a workshop of a team's library looks for what other facilitators saved. */
    static final javafx.util.Duration POLL_EVERY = javafx.util.Duration.seconds(2);
    private final PauseTransition poll = new PauseTransition(POLL_EVERY);
    private final PauseTransition newsExpiry = new PauseTransition(
            Duration.seconds(Double.parseDouble(System.getProperty(NEWS_SECONDS_PROPERTY, "8"))));
    /**
     * A save is queued and has not started yet. Cleared when it starts (on the saving thread), so edits made while
     * it runs queue the next one at once, not only once the JavaFX thread hears the first has finished: a phone's
     * "Saved" then never waits for a busy frame.
     */
    private final java.util.concurrent.atomic.AtomicBoolean saveQueued = new java.util.concurrent.atomic.AtomicBoolean();
    /**
     * Who waits for their edit to reach the disk (a phone's "Saved"), oldest first: added on the JavaFX thread, told
     * on the saving thread right after the commit.
     */
    private final java.util.concurrent.ConcurrentLinkedQueue<SaveWaiter> saveWaiters = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private RoomLink room;
    private final Exporter exporter;
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(PaperSize.forLocale(Locale.getDefault()));
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noticeIsProblem = new ReadOnlyBooleanWrapper(false);
    /** The closed rounds, read in the background after the workshop is shown (never while it opens). */
    private final ReadOnlyObjectWrapper<Rounds> rounds = new ReadOnlyObjectWrapper<>(Rounds.NONE);
    /** The last round and what changed since: the grid marks cells against it; null before the first round. */
    private final ReadOnlyObjectWrapper<RoundComparison> sinceLastRound = new ReadOnlyObjectWrapper<>();
    /** True once the rounds were read: a round closed before then is not checked against the last one seen. */
    private boolean roundsRead;
    /** Who else has the workshop open (a team's library), as the screen says it; empty when nobody or the local file. */
    private final ReadOnlyStringWrapper alsoOpen = new ReadOnlyStringWrapper("");
    private List<org.accord.domain.Presence> othersOpen = List.of();
    /**
     * The conflicts for the facilitator to choose between, set when a save finds new ones; the screen shows the
     * chooser when it changes to a list, and the choice (or "later") sets it back to null.
     */
    private final ReadOnlyObjectWrapper<List<WorkshopMerge.Conflict>> conflictToChoose = new ReadOnlyObjectWrapper<>();
    /** A conflict stops the saves until the facilitator chooses: true while one does. */
    private final ReadOnlyBooleanWrapper conflictPending = new ReadOnlyBooleanWrapper(false);
    /** The last conflicts a save found, and the keys of those last offered: a retry finding the same never re-asks. */
    private List<WorkshopMerge.Conflict> lastConflicts = List.of();
    private java.util.Set<String> offeredConflicts = java.util.Set.of();

    /**
     * @param tasks     saves edits (the database's thread)
     * @param fileTasks reads and writes files (previews, exports); a separate thread, so saves never wait for them
     */
    public WorkshopViewModel(WorkshopSession session, BackgroundTasks tasks, BackgroundTasks fileTasks,
                             Exporter exporter) {
        this.session = session;
        this.tasks = tasks;
        this.fileTasks = fileTasks;
        this.exporter = exporter;
        this.workshop = new ReadOnlyObjectWrapper<>(session.current());
        retry.setOnFinished(e -> queueSave());
        poll.setOnFinished(e -> pullChanges());
        if (session.isShared()) {
            // Built ahead off the JavaFX thread, perhaps: the first look is scheduled from the JavaFX thread.
            javafx.application.Platform.runLater(poll::playFromStart);
        }
        newsExpiry.setOnFinished(e -> {
            if (!noticeIsProblem.get()) {
                say("", false);
            }
        });
        refreshDerived();
    }

    // ---- rounds and what changed (issue 19) ----

    public ReadOnlyObjectProperty<Rounds> roundsProperty() {
        return rounds.getReadOnlyProperty();
    }

    /** The last round closed and what changed since it, or null before the first round (and until it is read). */
    public ReadOnlyObjectProperty<RoundComparison> sinceLastRoundProperty() {
        return sinceLastRound.getReadOnlyProperty();
    }

    /**
     * Reads the rounds and the last round's snapshot in the background (the database's thread); the screen asks once
     * it is built, so opening a workshop never waits for its rounds or history.
     */
    public void readRounds() {
        record Read(Rounds rounds, RoundComparison since) {
        }
        tasks.run("read the workshop's rounds", () -> {
            Rounds read = session.rounds();
            return new Read(read, read.latest().map(session::changesSince).orElse(null));
        }, read -> {
            rounds.set(read.rounds());
            sinceLastRound.set(read.since());
            roundsRead = true;
        }, failure -> say(failure.getMessage(), true));
    }

    /**
     * Closes a round with the leaders' sign-offs (saving what is not saved yet first); then {@code closed} runs with
     * it, and the grid's marks start again from this round. Undo and redo carry on as before.
     */
    public void closeRound(String name, List<SignOff> signOffs, Consumer<Round> closed) {
        say("Closing the round…", false);
        // The last round this screen showed: if another facilitator closed one since, the store refuses (who, when).
        int afterRound = roundsRead ? rounds.get().latest().map(Round::number).orElse(0) : -1;
        tasks.run("close the round", () -> session.closeRound(name, signOffs, afterRound), round -> {
            say(round.name() + " closed: later edits show as changes since it.", false);
            readRounds();
            closed.accept(round);
        }, failure -> {
            say(failure.getMessage(), true);
            readRounds(); // a round another facilitator closed meanwhile shows in the history
        });
    }

    /** Compares round {@code from} with a later round, or with the workshop now ({@code to} null), in the background. */
    public void compare(Round from, Round to, Consumer<RoundComparison> shown) {
        tasks.run("compare the rounds", () -> to == null ? session.changesSince(from) : session.compare(from, to),
                shown, failure -> say(failure.getMessage(), true));
    }

    /** Every change saved since round {@code from}, oldest first (the audit trail), in the background. */
    public void historySince(Round from, Consumer<List<org.accord.domain.round.Change>> shown) {
        tasks.run("read the workshop's history", () -> session.historySince(from), shown,
                failure -> say(failure.getMessage(), true));
    }

    // ---- the edits ----

    /** Applies an edit; the reason it was refused, if it was. */
    public Optional<String> edit(Edit edit) {
        try {
            Workshop before = session.current();
            Workshop after = session.apply(edit);
            if (after != before) {
                newsIsOld();
                changed();
            }
            return Optional.empty();
        } catch (ValidationException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Several edits at once, each its own undo step, with one refresh of the screen and one save queued: a burst of
     * answers from the room's phones arrives between two frames, and redrawing the screen after each of sixty answers
     * would hold the JavaFX thread for seconds. The reason each was refused, if it was, in the order given.
     */
    public List<Optional<String>> editAll(List<Edit> edits) {
        List<Optional<String>> outcomes = new java.util.ArrayList<>(edits.size());
        boolean changedAny = false;
        for (Edit edit : edits) {
            try {
                Workshop before = session.current();
                changedAny |= session.apply(edit) != before;
                outcomes.add(Optional.empty());
            } catch (ValidationException e) {
                outcomes.add(Optional.of(e.getMessage()));
            }
        }
        if (changedAny) {
            newsIsOld();
            changed();
        }
        return outcomes;
    }

    /** What is wrong with an edit, without making it: for validating a field as the facilitator types. */
    public Optional<String> problemWith(Edit edit) {
        try {
            edit.applyTo(session.current());
            return Optional.empty();
        } catch (ValidationException e) {
            return Optional.of(e.getMessage());
        }
    }

    public void setLetter(UUID activityId, UUID roleId, Raci letter) {
        edit(MatrixEdits.setLetter(workshop.get(), activityId, roleId, letter));
    }

    public Edit addActivity(String name, String group) {
        return MatrixEdits.addActivity(name, group);
    }

    public Edit renameActivity(UUID activityId, String name) {
        return MatrixEdits.renameActivity(activityId, name);
    }

    public Optional<String> setDescription(UUID activityId, String text) {
        return edit(MatrixEdits.describeActivity(activityId, text));
    }

    public Optional<String> setRationale(UUID activityId, String text) {
        return edit(MatrixEdits.setRationale(activityId, text));
    }

    public Optional<String> setGroup(UUID activityId, String group) {
        return edit(MatrixEdits.moveActivityToGroup(activityId, group));
    }

    public void setStatus(UUID activityId, ActivityStatus status) {
        edit(MatrixEdits.markActivity(activityId, status));
    }

    public void moveActivity(UUID activityId, int step) {
        edit(MatrixEdits.moveActivity(activityId, step));
    }

    public void removeActivity(UUID activityId) {
        edit(MatrixEdits.removeActivity(activityId));
    }

    public Edit addRole(String name, String label, Side side) {
        return MatrixEdits.addRole(name, label, side);
    }

    public Edit changeRole(UUID roleId, String name, String label, Side side) {
        return MatrixEdits.changeRole(roleId, name, label, side);
    }

    public void moveRole(UUID roleId, int step) {
        edit(MatrixEdits.moveRole(roleId, step));
    }

    public void removeRole(UUID roleId) {
        edit(MatrixEdits.removeRole(roleId));
    }

    public Edit addGroup(String name) {
        return MatrixEdits.addGroup(name);
    }

    public Edit renameGroup(String group, String name) {
        return MatrixEdits.renameGroup(group, name);
    }

    public void moveGroup(String group, int step) {
        edit(MatrixEdits.moveGroup(group, step));
    }

    public Optional<String> removeGroup(String group) {
        return edit(MatrixEdits.removeGroup(group));
    }

    public Edit changeDetails(WorkshopDetails details, int consultedLimit) {
        return WorkshopEdits.changeDetails(details, consultedLimit);
    }

    /**
     * Moves the meeting along (step, timer): saved like an edit but not an undo step, so Ctrl+Z never rewinds the
     * agenda. See {@link WorkshopSession#applyProgress}.
     */
    public void progress(Edit edit) {
        Workshop before = session.current();
        if (session.applyProgress(edit) != before) {
            changed();
        }
    }

    public void undo() {
        session.undo().ifPresent(w -> {
            newsIsOld();
            changed();
        });
    }

    public void redo() {
        session.redo().ifPresent(w -> {
            newsIsOld();
            changed();
        });
    }

    // ---- hand-outs ----

    /** A file name from the workshop's title, safe on every system. */
    public String suggestedFileName(ExportFormat format) {
        String base = workshop.get().title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
        return format.fileName(base.isEmpty() ? "workshop" : base);
    }

    /** Writes the workshop as it is now to a file the facilitator chose (the save dialog asked before replacing). */
    public void export(ExportFormat format, Path file) {
        export(format, file, () -> { });
    }

    /** Exports, then runs {@code afterwards} if the file was written (not if writing it failed). */
    public void export(ExportFormat format, Path file, Runnable afterwards) {
        Workshop snapshot = workshop.get();
        PaperSize size = paper.get();
        say("Saving the " + format.label() + "…", false);
        // The PDF ends with the last round's changes and sign-off, read from the store when it is made.
        fileTasks.run("export the " + format.label(), () -> exporter.export(snapshot, format, file, true, size,
                        format == ExportFormat.PDF ? session.changesSinceLatest() : Optional.empty()),
                outcome -> {
                    say(outcome.summary(), !outcome.missingCharacters().isEmpty());
                    afterwards.run();
                },
                failure -> say(failure.getMessage(), true));
    }

    /** Reads activities from a CSV file into a preview, in the background; nothing is added yet. */
    public void previewActivities(Path csv, String defaultGroup, Consumer<List<ActivityCsvImport.Row>> show) {
        Workshop snapshot = workshop.get();
        say("Reading " + csv.getFileName() + "…", false);
        fileTasks.run("read the CSV file", () -> ActivityCsvImport.preview(csv, snapshot, defaultGroup), rows -> {
            if (closed) {
                return; // the facilitator left the workshop while the file was read
            }
            say("", false);
            show.accept(rows);
        }, failure -> say(failure.getMessage(), true));
    }

    /** Adds the preview's good rows as one edit (one undo). */
    public Optional<String> addActivities(List<ActivityCsvImport.Row> rows) {
        Optional<String> problem = edit(ActivityCsvImport.addGoodRows(rows));
        problem.ifPresentOrElse(p -> say(p, true), () -> say("Added "
                + rows.stream().filter(ActivityCsvImport.Row::ok).count() + " activities. Ctrl+Z takes them out again.", false));
        return problem;
    }

    /**
     * Reads a spreadsheet sent back into the changes it proposes, in the background; nothing is changed yet. A file
     * that is refused (not Accord's, damaged, password-protected) says why in the message bar.
     */
    public void previewSpreadsheet(Path file, Consumer<SpreadsheetChanges> show) {
        Workshop snapshot = workshop.get();
        say("Reading " + file.getFileName() + "…", false);
        fileTasks.run("read the spreadsheet", () -> SpreadsheetReader.read(file, snapshot), changes -> {
            if (closed) {
                return; // the facilitator left the workshop while the file was read
            }
            say("", false);
            show.accept(changes);
        }, failure -> say(failure.getMessage(), true));
    }

    /** Applies the accepted changes as one edit (one undo); those that cannot be applied are left out. */
    public Optional<String> applySpreadsheetChanges(List<ProposedChange> accepted) {
        long applicable = accepted.stream().filter(ProposedChange::applicable).count();
        if (applicable == 0) {
            return Optional.empty();
        }
        Optional<String> problem = edit(SpreadsheetChanges.apply(accepted));
        problem.ifPresentOrElse(p -> say(p, true), () -> say("Applied " + applicable
                + (applicable == 1 ? " change" : " changes") + " from the spreadsheet. Ctrl+Z takes them back.", false));
        return problem;
    }

    /**
     * One message at a time, shown on every step. News goes after a few seconds or at the room's next change
     * (after an undo, "Added 6 activities. Ctrl+Z takes them out again." is no longer true); work under way ("Saving
     * the PDF…") stays until its outcome replaces it; a problem stays until the facilitator dismisses it.
     */
    private void say(String text, boolean problem) {
        notice.set(text);
        noticeIsProblem.set(problem);
        boolean news = !problem && !text.isEmpty() && !text.endsWith("…");
        if (news) {
            newsExpiry.playFromStart();
        } else {
            newsExpiry.stop();
        }
    }

    /** The facilitator has read the message (its ✕): it goes. */
    public void dismissNotice() {
        say("", false);
    }

    /** An edit, undo or redo makes the last news stale; a problem stays until read. */
    private void newsIsOld() {
        if (!noticeIsProblem.get() && !notice.get().endsWith("…")) {
            say("", false);
        }
    }

    public ObjectProperty<PaperSize> paperProperty() {
        return paper;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty noticeIsProblemProperty() {
        return noticeIsProblem.getReadOnlyProperty();
    }

    // ---- saving ----

    private void changed() {
        refreshDerived();
        saveState.set(SaveState.SAVING);
        queueSave();
    }

    private record SaveWaiter(long version, java.util.concurrent.CompletableFuture<Void> saved) {
    }

    /**
     * Completes once every change made so far is on disk (not merely queued): what a phone's "Saved" waits for. It
     * completes on the saving thread, right after the commit; a failed save keeps it waiting while it is retried.
     */
    public java.util.concurrent.CompletableFuture<Void> whenSaved() {
        java.util.concurrent.CompletableFuture<Void> saved = new java.util.concurrent.CompletableFuture<>();
        long needed = session.version();
        if (session.savedVersion() >= needed) {
            saved.complete(null);
        } else {
            saveWaiters.add(new SaveWaiter(needed, saved));
            if (session.savedVersion() >= needed) {
                tellWhoWaits(); // the save that wrote it finished while this waiter was being added
            } else if (saveState.get() != SaveState.NOT_SAVED) {
                queueSave();
            }
        }
        return saved;
    }

    private synchronized void tellWhoWaits() {
        long onDisk = session.savedVersion();
        for (SaveWaiter next = saveWaiters.peek(); next != null && next.version() <= onDisk; next = saveWaiters.peek()) {
            saveWaiters.poll().saved().complete(null);
        }
    }

    /** One save in the queue at a time is enough: it writes everything not yet saved when it runs. */
    private void queueSave() {
        if (!saveQueued.compareAndSet(false, true)) {
            return;
        }
        retry.stop();
        tasks.run("save your changes", () -> {
            saveQueued.set(false);
            Workshop saved = session.saveNow();
            tellWhoWaits();
            return saved;
        }, saved -> {
            if (session.current() != workshop.get()) {
                refreshDerived(); // another facilitator's changes came in with the save (merged, docs/decisions/0016)
            }
            saved();
        }, this::saveFailed);
    }

    private void saved() {
        noConflictLeft();
        if (session.isSaved()) {
            saveState.set(SaveState.SAVED);
            saveProblem.set("");
        } else {
            queueSave(); // edits arrived while this save ran (already queued, unless made without a save)
        }
    }

    private void saveFailed(org.accord.domain.AccordException failure) {
        // The reason first, so "Not saved" never shows without it; then what the window does about it.
        saveProblem.set(Messages.clause(failure.getMessage()) + ". " + KEPT_AND_RETRIED);
        saveState.set(SaveState.NOT_SAVED);
        if (failure instanceof WorkshopConflictException conflict) {
            // Short: it sits in the toolbar beside its button ("Choose versions…"), which must stay on a 1280 px
            // screen; the chooser names every cell and both versions.
            saveProblem.set("another facilitator changed it too");
            offerChoice(conflict.clashes());
        }
        retry.playFromStart();
    }

    // ---- two facilitators changed the same cell differently (a team's library) ----

    /**
     * A save found conflicts: the chooser is offered when they are not the ones already offered, so the save
     * retried every few seconds while the facilitator reads it (or after "Later") never brings it back again.
     */
    private void offerChoice(List<WorkshopMerge.Conflict> conflicts) {
        lastConflicts = conflicts;
        conflictPending.set(true);
        java.util.Set<String> keys = conflicts.stream().map(WorkshopMerge.Conflict::key)
                .collect(java.util.stream.Collectors.toSet());
        if (!keys.equals(offeredConflicts)) {
            offeredConflicts = keys;
            conflictToChoose.set(conflicts);
        }
    }

    private void noConflictLeft() {
        lastConflicts = List.of();
        offeredConflicts = java.util.Set.of();
        conflictPending.set(false);
        conflictToChoose.set(null);
    }

    /** The conflicts to choose between, or null; the screen shows the chooser when it becomes a list. */
    public ReadOnlyObjectProperty<List<WorkshopMerge.Conflict>> conflictToChooseProperty() {
        return conflictToChoose.getReadOnlyProperty();
    }

    /** True while edits wait for the facilitator's choice between two versions. */
    public ReadOnlyBooleanProperty conflictPendingProperty() {
        return conflictPending.getReadOnlyProperty();
    }

    /** Shows the chooser again for the conflicts waiting (after "Later"). */
    public void chooseAgain() {
        if (!lastConflicts.isEmpty()) {
            conflictToChoose.set(null);
            conflictToChoose.set(lastConflicts);
        }
    }

    /** The facilitator closed the chooser without choosing: the edits wait, unsaved, and it is not offered again. */
    public void decideLater() {
        conflictToChoose.set(null);
    }

    /**
     * Saves with the facilitator's choice for each conflict (by {@link WorkshopMerge.Conflict#key}), on the database's
     * thread, through the same version check; what did not conflict is merged as at every save. A conflict that
     * arose meanwhile (a third facilitator) is offered in its turn.
     */
    public void resolveConflicts(java.util.Map<String, WorkshopMerge.Keep> choices) {
        conflictToChoose.set(null);
        retry.stop();
        saveState.set(SaveState.SAVING);
        tasks.run("save your choices", () -> {
            Workshop saved = session.resolveConflicts(choices, WorkshopMerge.Keep.NEITHER);
            tellWhoWaits();
            return saved;
        }, saved -> {
            refreshDerived();
            saved();
        }, failure -> {
            offeredConflicts = java.util.Set.of(); // a new conflict after this choice is offered, whatever it is
            saveFailed(failure);
        });
    }

    /** Who else has the workshop open, in words ("maria on LAPTOP-7"); empty when not known. */
    public String othersWithItOpen() {
        return String.join(" or ", othersOpen.stream().map(org.accord.domain.Presence::who).toList());
    }

    /** "Also open: maria on LAPTOP-7 since 14:02" on a team's library; empty when nobody else has it open. */
    public ReadOnlyStringProperty alsoOpenProperty() {
        return alsoOpen.getReadOnlyProperty();
    }

    private void showOthers(List<org.accord.domain.Presence> others) {
        othersOpen = others;
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        alsoOpen.set(others.isEmpty() ? "" : "Also open: " + String.join(", ", others.stream()
                .map(p -> p.who() + " since " + time.format(p.openedAt().atZone(zone))).toList()));
    }

    /**
     * Puts back the edits this laptop kept in its journal while the team's server could not be reached (a window
     * closed or a laptop killed before it was back), through the same merge and version check as every save, and
     * says what became of them. Nothing for the local library. Called when the screen is shown.
     */
    public void recoverKeptEdits() {
        if (!session.isShared()) {
            return;
        }
        tasks.run("save the edits kept on this laptop", session::recoverFromJournal, recovery -> {
            if (recovery.found()) {
                refreshDerived();
                say(recovery.message(), recovery.putAside());
            }
        }, failure -> {
            // Away again: the edits it held are in the session and its journal, unsaved; the retry writes them.
            refreshDerived();
            saveProblem.set(Messages.clause(failure.getMessage()) + ". " + KEPT_AND_RETRIED);
            saveState.set(session.isSaved() ? SaveState.SAVED : SaveState.NOT_SAVED);
            if (!session.isSaved()) {
                retry.playFromStart();
            }
        });
    }

    /**
     * Takes in what other facilitators saved (a team's library), on the database's thread, then looks again after
     * {@link #POLL_EVERY}. A conflict with edits not yet saved here is said by the next save; a failure to reach the
     * server by the next save too, so a poll that fails says nothing of its own.
     */
    private void pullChanges() {
        if (closed) {
            return;
        }
        record Look(boolean arrived, List<org.accord.domain.Presence> others) {
        }
        tasks.run("look for other facilitators' changes", () -> {
            // Who else has it open first, and on its own: a conflict found by the pull must not hide them. It is
            // this window's heartbeat too: others see the workshop open here as long as it keeps looking.
            List<org.accord.domain.Presence> others;
            try {
                others = session.stillOpen();
            } catch (RuntimeException unreachable) {
                others = null; // the next save says it, if the server is gone
            }
            return new Look(session.pullChanges(), others);
        }, look -> {
            if (look.arrived()) {
                refreshDerived();
            }
            if (look.others() != null && !closed) {
                showOthers(look.others());
            }
            if (!closed) {
                poll.playFromStart();
            }
        }, failure -> {
            if (!closed) {
                poll.playFromStart();
            }
        });
    }

    /**
     * Saves that the running timers still run, when a {@link org.accord.domain.guide.StepClock#HEARTBEAT} has passed
     * (called each second): a killed Accord's timer then stops there when the workshop is reopened.
     */
    public void recordTimersStillRunning() {
        if (session.recordTimersStillRunning()) {
            changed();
        }
    }

    /**
     * The screen is being left: running timers pause (the time the workshop is closed never counts) and a preview
     * still being read is not shown when it is done.
     */
    public void close() {
        if (room != null) {
            room.stop(); // closing the workshop closes the room's port
        }
        boolean paused = session.pauseTimers();
        if (paused || !session.isSaved()) {
            changed(); // also writes a timer the opening stopped where it was last seen, if nothing else was saved
        }
        closed = true;
        poll.stop();
        if (session.isShared()) {
            // Others stop seeing it open here; if the server cannot be reached, the entry goes stale in 30 s anyway.
            tasks.run("say the workshop is closed", () -> {
                session.leave();
                return null;
            }, done -> { }, failure -> { });
        }
    }

    /** Waits for the last save, for closing the workshop; true when everything is on disk. */
    public boolean flush() {
        if (room != null) {
            room.stopNow(); // the program is ending: the room's port closes before the last save
        }
        session.pauseTimers(); // the program is ending: the timers stop with it
        poll.stop(); // no look for changes after the library is closed
        tasks.drain();
        if (session.isShared() && !closed) {
            try {
                session.leave();
            } catch (RuntimeException e) {
                // The server is gone: the entry goes stale in 30 s and is then no longer shown.
            }
        }
        if (!session.isSaved()) {
            try {
                session.saveNow();
            } catch (RuntimeException e) {
                return false;
            }
        }
        return session.isSaved();
    }

    private void refreshDerived() {
        Workshop current = session.current();
        workshop.set(current);
        // Replaced only when they differ: most letters change neither, and redrawing the lists costs frames.
        List<Finding> nextFindings = MatrixChecks.run(current);
        if (!nextFindings.equals(findings)) {
            findings.setAll(nextFindings);
        }
        List<RoleLoad> nextLoads = MatrixChecks.loadSummary(current);
        if (!nextLoads.equals(loads)) {
            loads.setAll(nextLoads);
        }
        undoText.set(session.nextUndo().orElse(""));
        redoText.set(session.nextRedo().orElse(""));
    }

    /** The room server's side in the window: made when first asked for, stopped when the workshop closes. */
    public RoomLink room() {
        if (room == null) {
            room = new RoomLink(this, fileTasks);
        }
        return room;
    }

    // ---- read-only state for the view ----

    public ReadOnlyObjectProperty<Workshop> workshopProperty() {
        return workshop.getReadOnlyProperty();
    }

    public Workshop workshop() {
        return workshop.get();
    }

    public ObservableList<Finding> findings() {
        return FXCollections.unmodifiableObservableList(findings);
    }

    public ObservableList<RoleLoad> loads() {
        return FXCollections.unmodifiableObservableList(loads);
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveProblemProperty() {
        return saveProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public List<String> groups() {
        return workshop.get().groups();
    }
}
