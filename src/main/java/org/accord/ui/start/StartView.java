package org.accord.ui.start;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.accord.catalog.Template;
import org.accord.session.SavedWorkshop;
import org.accord.ui.common.Columns;
import org.accord.ui.common.Confirm;
import org.accord.ui.common.FilePicker;
import org.accord.ui.common.NameDialog;
import org.accord.ui.common.Styles;
import org.accord.ui.common.WrappedText;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

/** The first screen: start a new workshop from a template, or find and open a saved one. Binds and forwards only. */
public final class StartView {
    public static final String NEW_TITLE_ID = "newTitle";
    public static final String TEMPLATE_ID = "template";
    public static final String CREATE_ID = "createWorkshop";
    public static final String LIST_ID = "workshopList";
    public static final String SEARCH_ID = "search";
    public static final String OPEN_ID = "openWorkshop";
    public static final String ERROR_ID = "startError";
    /** "Open the local library", offered when a team's library was refused. */
    public static final String OPEN_LOCAL_ID = "openLocalLibrary";
    public static final String CHOOSE_LIBRARY_ID = "chooseLibrary";
    public static final String LIBRARY_NAME_ID = "libraryName";

    private static final DateTimeFormatter EDITED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    public static final String IMPORT_ID = "importWorkshop";
    public static final String RESTORE_ID = "restoreBackup";
    public static final String NOTICE_ID = "startNotice";
    public static final String SAMPLE_ID = "openSample";

    private final StartViewModel model;
    private final FilePicker files;
    private final BorderPane root = new BorderPane();
    private TableView<SavedWorkshop> list; // made in complete(): a table is not needed for the first frame
    private final VBox header = new VBox(8);

    /** The screen's title only; {@link #complete()} adds the rest. */
    public StartView(StartViewModel model, FilePicker files) {
        this.model = model;
        this.files = files;
        root.getStyleClass().add("start-view");
        root.getStylesheets().add(StartView.class.getResource("start.css").toExternalForm());
        Label title = new Label("Accord");
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        Label tagline = new Label("Agree who owns what where IT and marketing overlap.");
        tagline.getStyleClass().add(Styles.MUTED);
        // Which library the list is of, and the setting that changes it (remembered for the next start).
        Label libraryName = new Label();
        libraryName.setId(LIBRARY_NAME_ID);
        libraryName.getStyleClass().add(Styles.MUTED);
        libraryName.textProperty().bind(model.libraryNameProperty());
        Button chooseLibrary = new Button("Library…");
        chooseLibrary.setId(CHOOSE_LIBRARY_ID);
        chooseLibrary.setOnAction(e -> LibraryDialog.ask(root.getScene().getWindow(), model.chosenLibrary())
                .ifPresent(choice -> model.chooseLibrary(choice.database())));
        HBox libraryRow = new HBox(8, libraryName, chooseLibrary);
        libraryRow.setAlignment(Pos.CENTER_LEFT);
        // Shown once the window knows which library it opens (--database, else the remembered setting).
        chooseLibrary.visibleProperty().bind(model.libraryNameProperty().isNotEmpty());
        chooseLibrary.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a long folder's name gives way, not it
        libraryRow.visibleProperty().bind(chooseLibrary.visibleProperty());
        libraryRow.managedProperty().bind(libraryRow.visibleProperty());
        header.getChildren().setAll(title, tagline, libraryRow);
        header.setPadding(new Insets(0, 0, 16, 0));
        root.setTop(header);
        root.setPadding(new Insets(24));
    }

    public Parent root() {
        return root;
    }

    /**
     * Adds the rest of the screen below the title: the new-workshop row and the saved workshops. The window shows
     * the title first and calls this right after that frame: styling and laying out the whole screen was a third
     * of the time to the first frame (README "Performance"), so the program is on screen sooner and the rest follows
     * a moment later, below the title, which does not move. Once only.
     */
    public void complete() {
        if (root.getCenter() != null) {
            return; // complete already
        }
        TextField newTitle = addNewWorkshopRow();
        root.setCenter(savedWorkshops());
        if (root.getScene() != null && root.getScene().getFocusOwner() == null) {
            newTitle.requestFocus(); // where the keys went when the whole screen came at once
        }
    }

    /** The new-workshop row and its notices under the title; returns the title field. */
    private TextField addNewWorkshopRow() {
        TextField newTitle = new TextField();
        newTitle.setId(NEW_TITLE_ID);
        newTitle.setPromptText("Title of the new workshop, e.g. CIO–CMO alignment, spring");
        HBox.setHgrow(newTitle, Priority.ALWAYS);
        ComboBox<Template> template = new ComboBox<>(model.templates());
        template.setId(TEMPLATE_ID);
        template.getItems().addListener((javafx.collections.ListChangeListener<Template>) change ->
                template.getSelectionModel().selectFirst());
        Button create = new Button("Create workshop");
        create.setId(CREATE_ID);
        create.setDefaultButton(true);
        create.disableProperty().bind(model.readyProperty().not().or(model.busyProperty()));
        newTitle.textProperty().bindBidirectional(model.newTitleProperty());
        Runnable doCreate = () -> model.create(template.getValue());
        create.setOnAction(e -> doCreate.run());
        newTitle.setOnAction(e -> doCreate.run());
        Label templateSummary = new Label();
        templateSummary.getStyleClass().add(Styles.MUTED);
        templateSummary.textProperty().bind(Bindings.createStringBinding(
                () -> template.getValue() == null ? "" : template.getValue().summary(), template.valueProperty()));

        Label newHeading = new Label("New workshop");
        newHeading.getStyleClass().add("section-heading");
        Button importFile = new Button("Import workshop file…");
        importFile.setId(IMPORT_ID);
        importFile.disableProperty().bind(model.readyProperty().not().or(model.busyProperty()));
        importFile.setOnAction(e -> files.open(root.getScene().getWindow(), "Import a workshop file",
                "Accord workshop files", org.accord.export.json.WorkshopFile.EXTENSION, ".json")
                .ifPresent(model::importWorkshop));
        Button restore = new Button("Restore from backup…");
        restore.setId(RESTORE_ID);
        restore.disableProperty().bind(model.busyProperty());
        restore.setOnAction(e -> model.listBackups(backups ->
                RestoreDialog.choose(root.getScene().getWindow(), backups).ifPresent(model::restore)));
        HBox newRow = new HBox(8, newTitle, template, create, importFile, restore);
        newRow.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId(ERROR_ID);
        error.getStyleClass().add(Styles.ERROR_BANNER);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Button openLocal = new Button("Open the local library");
        openLocal.setId(OPEN_LOCAL_ID);
        openLocal.setOnAction(e -> model.openLocalLibrary());
        openLocal.visibleProperty().bind(model.localOfferedProperty());
        openLocal.managedProperty().bind(openLocal.visibleProperty());

        Label notice = new Label();
        notice.setId(NOTICE_ID);
        notice.getStyleClass().add("start-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        Button sample = new Button("Open the sample workshop");
        sample.setId(SAMPLE_ID);
        sample.disableProperty().bind(model.readyProperty().not().or(model.busyProperty()));
        sample.getStyleClass().add("accent");
        sample.setOnAction(e -> model.openSample());
        Button shortcuts = new Button("Keyboard shortcuts (F1)");
        shortcuts.setOnAction(e -> org.accord.ui.common.ShortcutSheet.show(root.getScene().getWindow(),
                org.accord.ui.workshop.WorkshopAction.shortcutSheet()));
        Label welcome = new Label("New here? A finished sample workshop shows how Accord works: letters, reasons, "
                + "a dispute and the findings they raise.");
        welcome.setWrapText(true);
        // The buttons keep their words ("Open the sam…" at 1280×720 before); the sentence wraps instead.
        sample.setMinWidth(Region.USE_PREF_SIZE);
        shortcuts.setMinWidth(Region.USE_PREF_SIZE);
        welcome.setMinWidth(160);
        HBox.setHgrow(welcome, Priority.ALWAYS);
        HBox firstRun = new HBox(10, welcome, sample, shortcuts);
        firstRun.getStyleClass().add("first-run");
        firstRun.setAlignment(Pos.CENTER_LEFT);
        firstRun.visibleProperty().bind(model.firstRun());
        firstRun.managedProperty().bind(firstRun.visibleProperty());

        header.getChildren().addAll(error, openLocal, notice, firstRun, newHeading, newRow, templateSummary);
        return newTitle;
    }

    private Parent savedWorkshops() {
        Label heading = new Label();
        heading.textProperty().bind(Bindings.size(model.visibleWorkshops()).asString("Saved workshops (%d)"));
        heading.getStyleClass().add("section-heading");
        CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
        search.setId(SEARCH_ID);
        search.setPromptText("Search by title or organization");
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefColumnCount(28);

        list = new TableView<>();
        list.setId(LIST_ID);
        list.setItems(model.visibleWorkshops());
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        list.getColumns().setAll(
                Columns.of("Title", 320, w -> w.title()),
                Columns.of("Organization", 180, w -> w.organization()),
                Columns.of("Date", 120, w -> w.date() == null ? "" : DATE.format(w.date())),
                Columns.wrapping("Last edited", 190, w -> EDITED.format(w.lastEditedAt()) + openBy(w)),
                Columns.of("Activities", 90, w -> String.valueOf(w.activities())),
                Columns.of("Roles", 70, w -> String.valueOf(w.roles())));
        list.setRowFactory(table -> {
            TableRow<SavedWorkshop> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected() != null) {
                model.open(selected());
            }
        });
        list.placeholderProperty().bind(Bindings.createObjectBinding(
                () -> WrappedText.placeholder(model.statusProperty().get()), model.statusProperty()));

        Button open = new Button("Open");
        open.setId(OPEN_ID);
        Button rename = new Button("Rename…");
        Button duplicate = new Button("Duplicate…");
        Button delete = new Button("Delete…");
        for (Button b : new Button[] {open, rename, duplicate, delete}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty()));
        }
        open.setOnAction(e -> model.open(selected()));
        rename.setOnAction(e -> NameDialog.ask(root.getScene().getWindow(), "Rename workshop",
                "New title for \"" + selected().title() + "\"", selected().title(), model::titleProblem)
                .ifPresent(t -> model.rename(selected(), t)));
        duplicate.setOnAction(e -> NameDialog.ask(root.getScene().getWindow(), "Duplicate for a follow-up",
                "Title of the follow-up workshop (a copy of \"" + selected().title() + "\" that carries its last round:"
                        + " its edits show as changes since that agreement)",
                selected().title() + " (follow-up)", model::titleProblem)
                .ifPresent(t -> model.duplicate(selected(), t)));
        delete.setOnAction(e -> confirmDelete(selected()));

        HBox tools = new HBox(8, search, open, rename, duplicate, delete);
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, heading, tools, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private void confirmDelete(SavedWorkshop workshop) {
        if (Confirm.ask(root.getScene().getWindow(), "Delete workshop", "Delete \"" + workshop.title() + "\" with its "
                + workshop.activities() + " activities? This cannot be undone.", "Delete")) {
            model.delete(workshop);
        }
    }

    private SavedWorkshop selected() {
        return list.getSelectionModel().getSelectedItem();
    }


    /** "· open: maria on LAPTOP-7 since 14:02" after the time, on a team's library; nothing when nobody has it open. */
    private static String openBy(SavedWorkshop w) {
        if (w.openBy().isEmpty()) {
            return "";
        }
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
        return " \u00b7 open: " + String.join(", ", w.openBy().stream().map(p -> p.who() + " since "
                + time.format(p.openedAt().atZone(java.time.ZoneId.systemDefault()))).toList());
    }
}
