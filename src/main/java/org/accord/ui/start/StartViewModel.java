package org.accord.ui.start;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.accord.catalog.Template;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Names;
import org.accord.domain.ValidationException;
import org.accord.domain.Workshop;
import org.accord.export.json.WorkshopFile;
import org.accord.session.BackupCopy;
import org.accord.session.SavedWorkshop;
import org.accord.session.WorkshopBackups;
import org.accord.session.WorkshopLibrary;
import org.accord.ui.common.BackgroundTasks;

/**
 * The start screen's state: the saved workshops (filtered by the search box), the templates, and what is going on.
 * The saved workshops come through a {@link WorkshopLibrary} and its {@link WorkshopBackups}, never the store itself;
 * every call to them goes through {@link BackgroundTasks}; this class is only touched on the JavaFX thread.
 */
public final class StartViewModel {
    private final BackgroundTasks tasks;
    private TemplateCatalog catalog; // read in the background with the database, so the first frame comes sooner
    private final ObservableList<Template> templates = FXCollections.observableArrayList();
    private final Clock clock;
    private final Consumer<Workshop> openWorkshop;
    private WorkshopLibrary library; // null until the database is open

    private final ObservableList<SavedWorkshop> workshops = FXCollections.observableArrayList();
    private final FilteredList<SavedWorkshop> visibleWorkshops = new FilteredList<>(workshops);
    // One wrapper, kept: it listens to the list weakly, so a fresh one per call would drop its listeners.
    private final ObservableList<SavedWorkshop> allWorkshops = FXCollections.unmodifiableObservableList(workshops);
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty newTitle = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Opening your workshops…");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    /** The list has been read at least once since the database opened: before that, empty means "not known yet". */
    private final ReadOnlyBooleanWrapper listed = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final WorkshopBackups backups;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    /** Which library the list is of, as the facilitator reads it ("This laptop's library", "the team's library at …"). */
    private final ReadOnlyStringWrapper libraryName = new ReadOnlyStringWrapper("");
    /** A team's library was refused: the screen offers the local library instead. */
    private final ReadOnlyBooleanWrapper localOffered = new ReadOnlyBooleanWrapper(false);
    private LibrarySwitch librarySwitch = LibrarySwitch.NONE;

    /**
     * How the window changes the library the start screen lists (the ui knows a library only by its address as text,
     * never the store). Called on the JavaFX thread; the window opens the library in the background.
     */
    public interface LibrarySwitch {
        LibrarySwitch NONE = new LibrarySwitch() {
            @Override
            public String chosen() {
                return null;
            }

            @Override
            public void choose(String database) {
            }

            @Override
            public void openLocal() {
            }
        };

        /** The team's library's address the settings hold, or null for this laptop's library. */
        String chosen();

        /** Remembers the choice (null: this laptop's library) for the next start and opens that library now. */
        void choose(String database);

        /** Opens this laptop's library now, the remembered choice unchanged (a team's server refused or away). */
        void openLocal();
    }

    public StartViewModel(BackgroundTasks tasks, Clock clock, Consumer<Workshop> openWorkshop,
                          WorkshopBackups backups) {
        this.backups = backups;
        this.tasks = tasks;
        this.clock = clock;
        this.openWorkshop = openWorkshop;
        search.addListener((obs, old, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            visibleWorkshops.setPredicate(w -> needle.isEmpty()
                    || w.title().toLowerCase(Locale.ROOT).contains(needle)
                    || w.organization().toLowerCase(Locale.ROOT).contains(needle));
        });
    }

    /** The templates are read (in the background, before the database opens). */
    public void templatesRead(TemplateCatalog templateCatalog) {
        this.catalog = templateCatalog;
        templates.setAll(templateCatalog.templates());
    }

    /** The database is open: list what it holds. */
    public void storeOpened(WorkshopLibrary opened) {
        this.library = opened;
        ready.set(true);
        refresh();
    }

    /** The database could not be opened: say why, and show no list at all rather than an empty one. */
    public void storeFailed(String message) {
        storeFailed(message, false);
    }

    /**
     * The library could not be opened: say why, show no list, and, for a team's library refused, offer this laptop's
     * library ("Open the local library") instead of only saying how to start again.
     */
    public void storeFailed(String message, boolean offerLocal) {
        ready.set(false);
        listed.set(false);
        workshops.clear();
        status.set("");
        error.set(message);
        localOffered.set(offerLocal);
    }

    /** Another library is being opened (chosen in the settings, or the local one after a refusal). */
    public void storeOpening(String name) {
        library = null;
        ready.set(false);
        listed.set(false);
        workshops.clear();
        error.set("");
        localOffered.set(false);
        status.set("Opening " + name + "…");
    }

    public void setLibrarySwitch(LibrarySwitch librarySwitch) {
        this.librarySwitch = librarySwitch;
    }

    /** The library settings' current choice: a team's library's address, or null for this laptop's. */
    public String chosenLibrary() {
        return librarySwitch.chosen();
    }

    /** The facilitator chose a library in the settings: remembered, and opened now. */
    public void chooseLibrary(String database) {
        librarySwitch.choose(database);
    }

    /** "Open the local library", after a team's library was refused. */
    public void openLocalLibrary() {
        librarySwitch.openLocal();
    }

    public ReadOnlyBooleanProperty localOfferedProperty() {
        return localOffered.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty libraryNameProperty() {
        return libraryName.getReadOnlyProperty();
    }

    /** Names the library the list is of (the window, once it knows which it opens). */
    public void setLibraryName(String name) {
        libraryName.set(name);
    }

    public void refresh() {
        if (library == null) {
            return;
        }
        run("read the list of workshops", library::list, list -> {
            workshops.setAll(list);
            listed.set(true);
            status.set(list.isEmpty() ? "No saved workshops yet. Create one above." : "No saved workshop matches your search.");
        });
    }

    /** Every saved workshop, last edited first, whatever the search box holds; read-only. */
    public ObservableList<SavedWorkshop> allWorkshops() {
        return allWorkshops;
    }

    /** The templates to start from; empty until the database is open. */
    public ObservableList<Template> templates() {
        return templates;
    }

    public Optional<String> titleProblem(String title) {
        try {
            Names.clean(title, "the workshop title");
            return Optional.empty();
        } catch (ValidationException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Creates a workshop titled as typed in {@link #newTitleProperty()} and opens it; the field is then cleared. */
    public void create(Template template) {
        String title = newTitle.get();
        Optional<String> problem = titleProblem(title);
        if (problem.isPresent()) {
            error.set(problem.get());
            return;
        }
        Workshop unsaved = catalog.newWorkshop(template.id(), Names.clean(title, "the workshop title"), clock.instant());
        run("save the new workshop", () -> library.create(unsaved), created -> {
            newTitle.set("");
            openWorkshop.accept(created);
        });
    }

    /** The finished example, created as a workshop of its own and opened (offered on the first run). */
    public void openSample() {
        if (library == null || catalog == null) {
            return; // the workshops are still being opened (the button is disabled until then)
        }
        Workshop sample = catalog.newWorkshop(TemplateCatalog.SAMPLE, catalog.template(TemplateCatalog.SAMPLE).title(),
                clock.instant());
        Workshop withOrganization = sample.withDetails(new org.accord.domain.WorkshopDetails(sample.title(),
                "Acme Retail", sample.details().date(), "", "A sample to try Accord on; change or delete it freely."));
        run("create the sample workshop", () -> library.create(withOrganization), openWorkshop);
    }

    /**
     * True on a first run: the database is open and its list, once read, holds no workshop. (Between the two the
     * list is empty too; the first-run offer used to flash up there on every start.)
     */
    public javafx.beans.binding.BooleanBinding firstRun() {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> ready.get() && listed.get() && workshops.isEmpty(),
                ready, listed, workshops);
    }

    /** Imports an .accord.json file as a new workshop (never over an existing one) and opens it. */
    public void importWorkshop(java.nio.file.Path file) {
        run("import the workshop file", () -> library.create(readWorkshopFile(file)), openWorkshop);
    }

    /** The whole file, read and checked before the database is touched: a bad file imports nothing. Blocking. */
    private Workshop readWorkshopFile(java.nio.file.Path file) {
        return WorkshopFile.read(file, clock.instant());
    }

    /** The good backups, newest first, for the restore dialog. */
    public void listBackups(Consumer<java.util.List<BackupCopy>> show) {
        run("read the backups", backups::list, show);
    }

    /** Restores a backup; the file it replaces is kept in the backups folder, never deleted. */
    public void restore(BackupCopy backup) {
        notice.set("");
        run("restore the backup", () -> backups.restore(backup), reopened -> {
            storeOpened(reopened);
            notice.set("Restored the backup of " + BACKUP_TIME.format(backup.takenAt()) + " ("
                    + backup.workshops().size() + " workshops). The file it replaced is kept in " + backups.folder() + ".");
        });
    }

    public static final java.time.format.DateTimeFormatter BACKUP_TIME =
            org.accord.domain.Moments.toTheSecond(java.time.ZoneId.systemDefault());

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Opens what the command line or a double-clicked file named: an .accord.json file, an id or an exact title. */
    public void openRequested(String workshop) {
        run("open the workshop", () -> {
            java.nio.file.Path file = java.nio.file.Path.of(workshop);
            if (workshop.endsWith(".json") && java.nio.file.Files.isRegularFile(file)) {
                return library.create(readWorkshopFile(file)); // imported as a new workshop, never over one
            }
            return library.open(workshop);
        }, openWorkshop);
    }

    public void open(SavedWorkshop summary) {
        run("open the workshop", () -> library.open(summary.id()), openWorkshop);
    }

    public void rename(SavedWorkshop summary, String newTitle) {
        run("rename the workshop", () -> {
            library.rename(summary.id(), newTitle);
            return null;
        }, ignored -> refresh());
    }

    public void duplicate(SavedWorkshop summary, String newTitle) {
        run("duplicate the workshop", () -> library.duplicate(summary.id(), newTitle), ignored -> refresh());
    }

    public void delete(SavedWorkshop summary) {
        run("delete the workshop", () -> {
            library.delete(summary.id());
            return null;
        }, ignored -> refresh());
    }

    private <T> void run(String what, java.util.concurrent.Callable<T> work, Consumer<T> then) {
        busy.set(true);
        error.set("");
        tasks.run(what, work, result -> {
            busy.set(false);
            then.accept(result);
        }, failure -> {
            busy.set(false);
            error.set(failure.getMessage());
        });
    }

    public FilteredList<SavedWorkshop> visibleWorkshops() {
        return visibleWorkshops;
    }

    public StringProperty newTitleProperty() {
        return newTitle;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
