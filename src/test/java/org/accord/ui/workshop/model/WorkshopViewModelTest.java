package org.accord.ui.workshop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;
import org.accord.export.Exporter;
import org.accord.session.WorkshopSession;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.testing.CurrentThreadTasks;
import org.accord.testing.OnFxThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workshop screen's save state machine without a window: a real H2 file, saves run when the test says
 * ({@link CurrentThreadTasks#held()}), and a real fault (another connection holding the workshop's row).
 */
class WorkshopViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;
    private H2WorkshopStore store;
    private Workshop created;
    private final CurrentThreadTasks saves = CurrentThreadTasks.held();
    private WorkshopViewModel model;

    @BeforeAll
    static void startJavaFx() throws Exception {
        OnFxThread.startPlatform(); // the failed save's retry is a PauseTransition
    }

    @BeforeEach
    void openAWorkshop() throws Exception {
        store = H2WorkshopStore.open(data, CLOCK);
        created = store.create(new TemplateCatalog().newWorkshop(TemplateCatalog.CIO_CMO, "Saving", CLOCK.instant()));
        // The session's clock moves: each edit stamps the workshop's row with its time, as in the window.
        model = OnFxThread.call(() -> new WorkshopViewModel(new WorkshopSession(store, created, Clock.systemUTC()), saves,
                CurrentThreadTasks.immediate(), new Exporter(CLOCK)));
    }

    @AfterEach
    void closeTheStore() throws Exception {
        OnFxThread.run(model::close); // stops a pending retry's work reaching a closed store: close saves nothing new
        store.close();
    }

    @Test
    void aNewlyOpenedWorkshopIsSaved() throws Exception {
        assertThat(OnFxThread.call(() -> model.saveStateProperty().get())).isEqualTo(SaveState.SAVED);
        assertThat(saves.waiting()).isZero();
    }

    @Test
    void editsMadeWhileASaveIsQueuedAreWrittenByThatOneSave() throws Exception {
        OnFxThread.run(() -> {
            model.setLetter(activity(0), role(0), Raci.A);
            model.setLetter(activity(0), role(1), Raci.R);
            model.setLetter(activity(1), role(1), Raci.A);
        });
        assertThat(OnFxThread.call(() -> model.saveStateProperty().get())).isEqualTo(SaveState.SAVING);
        assertThat(saves.waiting()).as("one save queued for three edits").isEqualTo(1);

        assertThat(OnFxThread.call(saves::runHeld)).as("saves run").isEqualTo(1);

        assertThat(OnFxThread.call(() -> model.saveStateProperty().get())).isEqualTo(SaveState.SAVED);
        Workshop saved = store.load(created.id());
        assertThat(saved.letter(activity(0), role(0))).contains(Raci.A);
        assertThat(saved.letter(activity(0), role(1))).contains(Raci.R);
        assertThat(saved.letter(activity(1), role(1))).contains(Raci.A);
    }

    @Test
    void undoAndMovingTheMeetingAlongAreSavedLikeEdits() throws Exception {
        OnFxThread.run(() -> model.setLetter(activity(0), role(0), Raci.A));
        OnFxThread.call(saves::runHeld);
        OnFxThread.run(model::undo);
        assertThat(OnFxThread.call(() -> model.saveStateProperty().get())).isEqualTo(SaveState.SAVING);
        OnFxThread.call(saves::runHeld);
        assertThat(store.load(created.id()).letters()).isEmpty();

        OnFxThread.run(() -> model.progress(new org.accord.domain.Edit("Next step",
                w -> w.withGuide(w.guide().next(CLOCK.instant())))));
        assertThat(OnFxThread.call(() -> model.saveStateProperty().get())).isEqualTo(SaveState.SAVING);
        OnFxThread.call(saves::runHeld);
        assertThat(OnFxThread.call(() -> model.saveStateProperty().get())).isEqualTo(SaveState.SAVED);
        assertThat(store.load(created.id()).guide().currentIndex()).isEqualTo(1);
        assertThat(OnFxThread.call(() -> model.undoTextProperty().get())).as("moving along is no undo step").isEmpty();
    }

    @Test
    void aFailedSaveShowsNotSavedWithItsReasonKeepsEveryEditAndTheRetrySavesThemAll() throws Exception {
        try (Connection blocker = holdTheWorkshopRow()) {
            OnFxThread.run(() -> {
                model.setLetter(activity(0), role(0), Raci.A);
                model.setLetter(activity(0), role(1), Raci.R);
            });
            OnFxThread.call(saves::runHeld); // waits out the lock timeout, then fails

            assertThat(OnFxThread.call(() -> model.saveStateProperty().get())).isEqualTo(SaveState.NOT_SAVED);
            String problem = OnFxThread.call(() -> model.saveProblemProperty().get());
            assertThat(problem).startsWith("Accord").endsWith(". " + WorkshopViewModel.KEPT_AND_RETRIED)
                    .doesNotContain("SQL").doesNotContain("Exception");
            Workshop kept = OnFxThread.call(model::workshop);
            assertThat(kept.letter(activity(0), role(0))).contains(Raci.A);
            assertThat(kept.letter(activity(0), role(1))).contains(Raci.R);
            assertThat(store.load(created.id()).letters()).as("nothing reached the file").isEmpty();
            blocker.rollback();
        }

        // No new edit: the retry alone queues the save.
        OnFxThread.waitUntil(10, () -> saves.waiting() == 1);
        OnFxThread.call(saves::runHeld);

        assertThat(OnFxThread.call(() -> model.saveStateProperty().get())).isEqualTo(SaveState.SAVED);
        assertThat(OnFxThread.call(() -> model.saveProblemProperty().get())).isEmpty();
        Workshop saved = store.load(created.id());
        assertThat(saved.letter(activity(0), role(0))).contains(Raci.A);
        assertThat(saved.letter(activity(0), role(1))).contains(Raci.R);
    }

    @Test
    void flushWritesWhatIsStillQueued() throws Exception {
        OnFxThread.run(() -> model.setLetter(activity(2), role(0), Raci.C));
        assertThat(OnFxThread.call(model::flush)).isTrue();
        assertThat(store.load(created.id()).letter(activity(2), role(0))).contains(Raci.C);
    }

    private UUID activity(int index) {
        return created.activities().get(index).id();
    }

    private UUID role(int index) {
        return created.roles().get(index).id();
    }

    /** Another connection holds a lock on the workshop's row until it rolls back, so a save times out meanwhile. */
    private Connection holdTheWorkshopRow() throws SQLException {
        Connection blocker = DriverManager.getConnection(H2WorkshopStore.url(data.toAbsolutePath(), false), "sa", "");
        blocker.setAutoCommit(false);
        try (var st = blocker.createStatement()) {
            st.executeUpdate("UPDATE workshop SET notes = notes");
        }
        return blocker;
    }
}
