package org.accord;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import org.accord.domain.Workshop;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.ui.common.BackgroundTasks;
import org.accord.ui.workshop.WorkshopView;
import org.accord.ui.workshop.WorkshopViewModel;

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
    private final BiFunction<H2WorkshopStore, Workshop, Screen> build;
    private final Scene shownScene;
    private final BooleanSupplier onStartScreen;
    private Screen ready;
    private H2WorkshopStore readFrom;
    private Scene staging;
    private long generation; // a newer request, or a click, makes an older preparation stale

    ScreenAhead(BackgroundTasks tasks, BiFunction<H2WorkshopStore, Workshop, Screen> build, Scene shownScene,
                BooleanSupplier onStartScreen) {
        this.tasks = tasks;
        this.build = build;
        this.shownScene = shownScene;
        this.onStartScreen = onStartScreen;
    }

    /** Reads and builds the workshop's screen ahead, replacing whatever was built before. */
    void prepare(H2WorkshopStore store, long workshopId) {
        discard();
        long mine = ++generation;
        if (store == null || !Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return;
        }
        tasks.run("prepare the last workshop", () -> store.load(workshopId), workshop -> {
            if (mine != generation || !onStartScreen.getAsBoolean()) {
                return;
            }
            Screen built = build.apply(store, workshop);
            staging = new Scene(new Group()); // never shown: only so that the stylesheets apply
            staging.getStylesheets().setAll(shownScene.getStylesheets());
            staging.setRoot(built.view().root());
            ready = built;
            readFrom = store;
            Platform.runLater(() -> {
                if (ready == built) {
                    built.view().root().applyCss();
                    Platform.runLater(() -> {
                        if (ready == built) {
                            built.view().root().resize(shownScene.getWidth(), shownScene.getHeight());
                            built.view().root().layout();
                        }
                    });
                }
            });
        }, failure -> { }); // a click reads it again and says what is wrong
    }

    /** The screen built ahead, if it shows exactly this workshop as read from this store; it is handed over. */
    Optional<Screen> take(H2WorkshopStore store, Workshop workshop) {
        generation++;
        Screen built = ready;
        if (built != null && readFrom == store && built.workshop().equals(workshop)) {
            staging.setRoot(new Group()); // a node shows in one scene at a time
            ready = null;
            return Optional.of(built);
        }
        discard();
        return Optional.empty();
    }

    /** Drops what was built ahead (its timers stop). */
    void discard() {
        if (ready != null) {
            staging.setRoot(new Group());
            ready.view().close();
            ready = null;
        }
    }

    Optional<Screen> ready() {
        return Optional.ofNullable(ready);
    }
}
