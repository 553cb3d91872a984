package org.accord.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Workshop;
import org.accord.session.SavedWorkshop;
import org.accord.session.StoreBackups;
import org.accord.session.StoreLibrary;
import org.accord.session.WorkshopSession;
import org.accord.store.StoreException;
import org.accord.store.WorkshopStore;
import org.accord.store.backup.Backup;
import org.accord.store.backup.Backups;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.store.library.LibraryChoice;
import org.accord.export.Exporter;
import org.accord.ui.common.FilePicker;
import org.accord.ui.common.Frames;
import org.accord.ui.common.ShortcutSheet;
import org.accord.ui.common.FxBackgroundTasks;
import org.accord.ui.common.Styles;
import org.accord.ui.start.StartView;
import org.accord.ui.start.StartViewModel;
import org.accord.ui.workshop.WorkshopAction;
import org.accord.ui.workshop.WorkshopView;
import org.accord.ui.workshop.model.SaveState;
import org.accord.ui.workshop.model.WorkshopViewModel;

/**
 * The composition root of the window: builds the store, the background tasks and the screens, and moves between
 * the start screen and an open workshop. The first screen is shown at once; the database opens in the background.
 */
public final class AccordWindow {
    private static final Logger LOG = Logger.getLogger(AccordWindow.class.getName());

    private final Path dataFolder;
    /**
     * The local library (the data folder's file) or a team's on a server. Changed by the library setting and by
     * "Open the local library"; set on the background thread before the library is opened, read on both.
     */
    private volatile LibraryChoice library;
    /** True once the library to open at start is known: --database, else the remembered setting (read in the background). */
    private volatile boolean libraryDecided;
    private final LibrarySettings librarySettings;
    private final Stage stage;
    private final Clock clock;
    private final FxBackgroundTasks tasks = new FxBackgroundTasks();
    /** Reading and writing files (CSV previews, exports) on their own thread: saves never wait behind them. */
    private final FxBackgroundTasks fileTasks = new FxBackgroundTasks("accord-files");
    private final FilePicker files;
    private final Exporter exporter;
    private final StartViewModel startModel;
    private final StartView startView;
    private final Scene scene;
    private final Backups backups;
    private boolean closed;
    private volatile WorkshopStore store; // set and used on the background thread; read on the FX thread
    private WorkshopViewModel openWorkshop;
    private WorkshopView openView;
    private final ScreenAhead ahead;
    private final WindowListener listener;

    public AccordWindow(Path dataFolder, Stage stage, Clock clock, FilePicker files) {
        this(dataFolder, stage, clock, files, WindowListener.NONE);
    }

    /** @param listener told when the workshop named at start is asked for and when a workshop shows (diagnostics) */
    public AccordWindow(Path dataFolder, Stage stage, Clock clock, FilePicker files, WindowListener listener) {
        this(LibraryChoice.local(dataFolder), stage, clock, files, listener);
    }

    /** @param library the local library or a team's; the data folder keeps the settings and the local backups */
    public AccordWindow(LibraryChoice library, Stage stage, Clock clock, FilePicker files, WindowListener listener) {
        Path dataFolder = library.dataFolder();
        this.library = library;
        // --database decides; without it the window opens the library last chosen in its settings.
        this.libraryDecided = library.isTeam();
        this.librarySettings = new LibrarySettings(dataFolder);
        this.dataFolder = dataFolder;
        this.listener = listener;
        this.stage = stage;
        this.clock = clock;
        this.files = files;
        this.exporter = new Exporter(clock);
        this.backups = new Backups(dataFolder, clock);
        this.startModel = new StartViewModel(tasks, clock, this::showWorkshop, new StoreBackups(backups, this::restore));
        this.startView = new StartView(startModel, files);
        startModel.setLibrarySwitch(new StartViewModel.LibrarySwitch() {
            @Override
            public String chosen() {
                return AccordWindow.this.library.isTeam() ? AccordWindow.this.library.database() : null;
            }

            @Override
            public void choose(String database) {
                switchTo(database == null ? LibraryChoice.local(dataFolder) : new LibraryChoice(dataFolder, database),
                        true);
            }

            @Override
            public void openLocal() {
                switchTo(LibraryChoice.local(dataFolder), false);
            }
        });
        // Most of the screen (a projector is often 1280×720 or 1920×1080), never more than it: on a 1920-px projector
        // the default template's grid then shows all seven roles beside the agenda and the side panel.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        this.scene = new Scene(startView.root(), Math.min(1920, screen.getWidth() * 0.95),
                Math.min(1000, screen.getHeight() * 0.92));
        scene.getStylesheets().add(Styles.appStylesheet());
        // The keyboard sheet on every screen; its key and its lines come from the workshop screen's table of actions.
        scene.getAccelerators().put(WorkshopAction.SHORTCUTS.key(),
                () -> ShortcutSheet.show(stage, WorkshopAction.shortcutSheet()));
        this.ahead = new ScreenAhead(tasks, this::buildScreen, scene, () -> scene.getRoot() == startView.root());
        // The list is read again after every change (rename, delete, import, restore, back from a workshop).
        startModel.allWorkshops().addListener((javafx.collections.ListChangeListener<SavedWorkshop>) change -> {
            if (!startModel.allWorkshops().isEmpty() && !closed) {
                ahead.prepare(store, startModel.allWorkshops().get(0).id()); // last edited first
            } else {
                ahead.discard();
            }
        });
    }

    public void show() {
        show(null);
    }

    /** Shows the start screen at once, opens the database in the background, then the requested workshop if any. */
    public void show(String workshopToOpen) {
        // Closing the window with edits that could not be saved asks first, as leaving the workshop does.
        stage.setOnCloseRequest(request -> {
            if (openView != null && openWorkshop != null && openWorkshop.saveStateProperty().get() == SaveState.NOT_SAVED) {
                request.consume();
                openView.whenLeaving(stage::close);
            }
        });
        stage.titleProperty().unbind();
        stage.setTitle("Accord");
        stage.setScene(scene);
        stage.show();
        // The first frame shows the start screen's title only; the database and the templates are read after it,
        // while the rest of the screen is built: on two cores, doing either before slows the first frame down.
        Frames.afterNextFrame(scene, () -> {
            setIcons();
            // One background thread: the templates are read before the database is opened.
            tasks.run("read the templates", TemplateCatalog::new, startModel::templatesRead,
                    failure -> startModel.storeFailed(failure.getMessage()));
            openStore(workshopToOpen);
            startView.complete();
        });
    }

    /**
     * Small 8-bit icons, the sizes title and task bars use, set once the first frame is on screen: the window
     * manager shows the new icon at once, and decoding images is work the first frame need not wait for (the
     * 256-px, 16-bit installer icon alone took it 0.1 s on a cold start).
     */
    private void setIcons() {
        if (!stage.getIcons().isEmpty()) {
            return;
        }
        var icons = new java.util.ArrayList<javafx.scene.image.Image>();
        for (String size : new String[] {"32", "64"}) {
            var icon = AccordWindow.class.getResourceAsStream("/org/accord/accord-" + size + ".png");
            if (icon != null) {
                icons.add(new javafx.scene.image.Image(icon));
            }
        }
        stage.getIcons().setAll(icons); // in one change: the window manager is told once
    }

    private void openStore(String workshopToOpen) {
        tasks.run("open your workshops", () -> {
            if (!libraryDecided) {
                String remembered = librarySettings.rememberedDatabase();
                if (remembered != null) {
                    library = new LibraryChoice(library.dataFolder(), remembered);
                }
                libraryDecided = true;
            }
            store = library.open(clock);
            return store;
        }, opened -> {
            startModel.setLibraryName(shownName(library));
            startModel.storeOpened(new StoreLibrary(opened));
            if (workshopToOpen != null) {
                listener.workshopRequested(() -> startModel.openRequested(workshopToOpen));
            }
        }, this::refused);
    }

    /**
     * The library could not be opened. A team's library refused (its server away, the password wrong, a newer
     * Accord's) offers this laptop's library at once, rather than only saying to start again without --database.
     */
    private void refused(Throwable failure) {
        LibraryChoice refusedLibrary = library;
        startModel.setLibraryName(shownName(refusedLibrary));
        if (!refusedLibrary.isTeam()) {
            startModel.storeFailed(failure.getMessage());
            return;
        }
        String message = failure.getMessage() == null ? "Accord could not open " + refusedLibrary.describe() + "."
                : failure.getMessage();
        startModel.storeFailed(message.replace(LibraryChoice.GO_BACK, " To work on your own workshops meanwhile, open"
                + " the local library; Library… chooses which one Accord opens at the next start."), true);
    }

    private static String shownName(LibraryChoice library) {
        return "Library: " + library.describe();
    }

    /**
     * Opens another library on the start screen: the one chosen in the settings ({@code remember}: kept for the next
     * start) or this laptop's after a refusal. The library open now is closed first, on the database's thread.
     */
    private void switchTo(LibraryChoice next, boolean remember) {
        if (openWorkshop != null || closed) {
            return; // only from the start screen
        }
        ahead.discard();
        startModel.storeOpening(next.describe());
        startModel.setLibraryName(shownName(next));
        tasks.run("open " + next.describe(), () -> {
            if (remember) {
                librarySettings.remember(next.database());
            }
            WorkshopStore previous = store;
            store = null;
            if (previous != null) {
                previous.close();
            }
            library = next;
            libraryDecided = true;
            store = next.open(clock);
            return store;
        }, opened -> {
            startModel.setLibraryName(shownName(next));
            startModel.storeOpened(new StoreLibrary(opened));
        }, this::refused);
    }

    private void showWorkshop(Workshop workshop) {
        ScreenAhead.Screen screen = ahead.take(store, workshop).orElseGet(() -> buildScreen(store, workshop));
        openWorkshop = screen.model();
        openView = screen.view();
        scene.setRoot(openView.root());
        stage.titleProperty().bind(openView.windowTitle());
        openView.focusMatrix();
        openWorkshop.recoverKeptEdits(); // edits this laptop kept while the team's server was away, if any
        listener.workshopShown(openWorkshop.workshopProperty());
        WorkshopView shown = openView;
        Frames.afterNextFrame(scene, shown::complete); // a screen built ahead is complete already
    }

    private ScreenAhead.Screen buildScreen(WorkshopStore on, Workshop workshop) {
        // A team's workshop keeps what its server has not got in a journal on this laptop (docs/decisions/0016).
        org.accord.session.EditJournal journal = library.journalFolder()
                .map(folder -> EditJournalFiles.in(folder, library.describe()))
                .orElse(org.accord.session.EditJournal.NONE);
        WorkshopViewModel model = new WorkshopViewModel(new WorkshopSession(on, workshop, clock, journal), tasks,
                fileTasks, exporter);
        return new ScreenAhead.Screen(workshop, model, new WorkshopView(model, this::showStart, files, clock,
                new org.accord.ui.workshop.ViewSettings(dataFolder)));
    }

    /** The workshop whose screen is built ahead, and that screen, if any (read on the FX thread; for tests). */
    public java.util.Optional<java.util.Map.Entry<Workshop, WorkshopView>> preparedScreen() {
        return ahead.ready().map(p -> java.util.Map.entry(p.workshop(), p.view()));
    }

    /** The workshop screen on show, if any (read on the FX thread; for tests). */
    public WorkshopView shownWorkshopView() {
        return openView;
    }

    private void showStart() {
        // Saves already queued run before this backup and refresh (one background thread), so both hold the last edit.
        openWorkshop = null;
        if (openView != null) {
            openView.close();
            openView = null;
        }
        backUp("closed");
        stage.titleProperty().unbind();
        stage.setTitle("Accord");
        scene.setRoot(startView.root());
        startModel.refresh();
    }

    /** A consistent copy into the backups folder, in the background; a failure is logged, never in the way. */
    private void backUp(String reason) {
        // A team's library is backed up on its server, by whoever runs it; the backups folder is the local file's.
        if (!(store instanceof H2WorkshopStore current)) {
            return;
        }
        tasks.run("back up the workshops", () -> current.backupTo(backups, reason), done -> { },
                failure -> LOG.log(Level.WARNING, "Backup failed", failure));
    }

    /** Runs on the background thread: closes the database, puts the backup in place, reopens. */
    private WorkshopStore restore(Backup backup) {
        if (library.isTeam()) {
            throw new StoreException("The backups listed are of your own library, not of " + library.describe()
                    + " (whoever runs its server keeps its backups). To restore one, start Accord without --database.");
        }
        WorkshopStore current = store;
        store = null;
        javafx.application.Platform.runLater(ahead::discard);
        if (current != null) {
            current.close();
        }
        H2WorkshopStore reopened = H2WorkshopStore.restore(dataFolder, backup, clock);
        store = reopened;
        return reopened;
    }

    /** Called when the program ends: the last save reaches the disk, a backup is kept, the database is closed. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (javafx.application.Platform.isFxApplicationThread()) {
            ahead.discard();
        } else {
            javafx.application.Platform.runLater(ahead::discard);
        }
        boolean workshopWasOpen = openWorkshop != null;
        if (workshopWasOpen && !openWorkshop.flush()) {
            LOG.log(Level.SEVERE, "The last edits of the open workshop could not be saved before closing");
        }
        if (workshopWasOpen) {
            backUp("closed");
        }
        tasks.shutdown();
        fileTasks.shutdown(); // an export under way finishes (bounded); a preview's result is no longer shown
        if (store != null) {
            store.close();
        }
    }
}
