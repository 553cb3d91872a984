package org.accord;

import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Workshop;
import org.accord.session.WorkshopSession;
import org.accord.store.WorkshopStore;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.export.Exporter;
import org.accord.ui.common.FilePicker;
import org.accord.ui.common.FxBackgroundTasks;
import org.accord.ui.common.Styles;
import org.accord.ui.start.StartView;
import org.accord.ui.start.StartViewModel;
import org.accord.ui.workshop.WorkshopView;
import org.accord.ui.workshop.WorkshopViewModel;

/**
 * The composition root of the window: builds the store, the background tasks and the screens, and moves between
 * the start screen and an open workshop. The first screen is shown at once; the database opens in the background.
 */
public final class AccordWindow {
    private static final Logger LOG = Logger.getLogger(AccordWindow.class.getName());

    private final Path dataFolder;
    private final Stage stage;
    private final Clock clock;
    private final FxBackgroundTasks tasks = new FxBackgroundTasks();
    private final TemplateCatalog catalog = new TemplateCatalog();
    private final FilePicker files;
    private final Exporter exporter;
    private final StartViewModel startModel;
    private final StartView startView;
    private final Scene scene;
    private WorkshopStore store;
    private WorkshopViewModel openWorkshop;

    public AccordWindow(Path dataFolder, Stage stage, Clock clock, FilePicker files) {
        this.dataFolder = dataFolder;
        this.stage = stage;
        this.clock = clock;
        this.files = files;
        this.exporter = new Exporter(clock);
        this.startModel = new StartViewModel(tasks, catalog, clock, this::showWorkshop);
        this.startView = new StartView(startModel, files);
        // Most of the screen (a projector is often 1280×720 or 1920×1080), never more than it.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        this.scene = new Scene(startView.root(), Math.min(1600, screen.getWidth() * 0.95),
                Math.min(1000, screen.getHeight() * 0.92));
        scene.getStylesheets().add(Styles.appStylesheet());
    }

    public void show() {
        stage.titleProperty().unbind();
        stage.setTitle("Accord");
        stage.setScene(scene);
        stage.show();
        tasks.run("open your workshops", () -> H2WorkshopStore.open(dataFolder), opened -> {
            store = opened;
            startModel.storeOpened(opened);
        }, failure -> startModel.storeFailed(failure.getMessage()));
    }

    private void showWorkshop(Workshop workshop) {
        WorkshopSession session = new WorkshopSession(store, workshop, clock);
        openWorkshop = new WorkshopViewModel(session, tasks, exporter);
        WorkshopView view = new WorkshopView(openWorkshop, this::showStart, files);
        scene.setRoot(view.root());
        stage.titleProperty().bind(view.windowTitle());
        view.focusMatrix();
    }

    private void showStart() {
        // Saves already queued run before this refresh (one background thread), so the list shows the last edit.
        openWorkshop = null;
        stage.titleProperty().unbind();
        stage.setTitle("Accord");
        scene.setRoot(startView.root());
        startModel.refresh();
    }

    /** Called when the program ends: the last save reaches the disk, then the database is closed. */
    public void close() {
        if (openWorkshop != null && !openWorkshop.flush()) {
            LOG.log(Level.SEVERE, "The last edits of the open workshop could not be saved before closing");
        }
        tasks.shutdown();
        if (store != null) {
            store.close();
        }
    }
}
