package org.accord.app;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import org.accord.domain.Workshop;
import org.accord.store.WorkshopStore;
import org.accord.ui.common.BackgroundTasks;
import org.accord.ui.workshop.WorkshopView;
import org.accord.ui.workshop.model.WorkshopViewModel;

/**
 * Builds the screen of the workshop the facilitator most likely opens next, the one edited last, while the start
 * screen waits for a click. Cold, reading a 300×12 workshop and styling and laying out its screen takes most of a
 * second; done ahead, the click only swaps the screen in (0.9 s → 0.25 s, README "Performance"). The workshop is read
 * in the background; the screen is built on the JavaFX thread in three short slices (construct, style, lay out), so
 * the start screen answers between them. A click uses the screen only if the workshop it reads then is equal to the
 * one built, so nothing stale is ever shown; any change to the list prepares again.
 */
final class ScreenAhead {
    /** A workshop's screen: what the window shows, built the same way ahead of a click or on it. */
    record Screen(Workshop workshop, WorkshopViewModel model, WorkshopView view) {
    }

    /** Set to "false" to measure opening without building ahead (--startup-report). */
    static final String PROPERTY = "accord.prepareLastWorkshop";

    private final BackgroundTasks tasks;
    private final BiFunction<WorkshopStore, Workshop, Screen> build;
    private final Scene shownScene;
    private final BooleanSupplier onStartScreen;
    /** A screen built ahead: from which store it was read, and the never-shown scene that styles it. */
    private record Prepared(Screen screen, WorkshopStore readFrom, Scene staging) {
        void release() {
            staging.setRoot(new Group()); // a node shows in one scene at a time
        }
    }

    private Prepared ready;
    private long generation; // a newer request, or a click, makes an older preparation stale

    ScreenAhead(BackgroundTasks tasks, BiFunction<WorkshopStore, Workshop, Screen> build, Scene shownScene,
                BooleanSupplier onStartScreen) {
        this.tasks = tasks;
        this.build = build;
        this.shownScene = shownScene;
        this.onStartScreen = onStartScreen;
    }

    /** Reads and builds the workshop's screen ahead, replacing whatever was built before. */
    void prepare(WorkshopStore store, long workshopId) {
        discard();
        long mine = ++generation;
        if (store == null || !Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return;
        }
        tasks.run("prepare the last workshop", () -> store.load(workshopId), workshop -> {
            if (mine != generation || !onStartScreen.getAsBoolean()) {
                return;
            }
            Screen screen = build.apply(store, workshop);
            screen.view().complete(); // built ahead, the whole screen is ready at the click
            Scene staging = new Scene(new Group()); // never shown: only so that the stylesheets apply
            staging.getStylesheets().setAll(shownScene.getStylesheets());
            staging.setRoot(screen.view().root());
            Prepared built = new Prepared(screen, store, staging);
            ready = built;
            Platform.runLater(() -> {
                if (ready == built) {
                    screen.view().root().applyCss();
                    Platform.runLater(() -> {
                        if (ready == built) {
                            screen.view().root().resize(shownScene.getWidth(), shownScene.getHeight());
                            screen.view().root().layout();
                        }
                    });
                }
            });
        }, failure -> { }); // a click reads it again and says what is wrong
    }

    /** The screen built ahead, if it shows exactly this workshop as read from this store; it is handed over. */
    Optional<Screen> take(WorkshopStore store, Workshop workshop) {
        generation++;
        Prepared built = ready;
        if (built != null && built.readFrom() == store && built.screen().workshop().equals(workshop)) {
            built.release();
            ready = null;
            return Optional.of(built.screen());
        }
        discard();
        return Optional.empty();
    }

    /** Drops what was built ahead (its timers stop). */
    void discard() {
        if (ready != null) {
            ready.release();
            ready.screen().view().close();
            ready = null;
        }
    }

    Optional<Screen> ready() {
        return Optional.ofNullable(ready).map(Prepared::screen);
    }
}
