package org.accord.ui.workshop;

import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Finding;
import org.accord.domain.MatrixChecks;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.RoleLoad;
import org.accord.domain.Workshop;
import org.accord.domain.guide.StepKind;
import org.accord.export.ExportFormat;
import org.accord.export.pdf.PaperSize;
import org.accord.ui.common.Columns;
import org.accord.ui.common.FilePicker;
import org.accord.ui.common.NameDialog;
import org.accord.ui.common.Styles;
import org.accord.ui.common.WrappedText;
import org.accord.ui.workshop.guide.GuideScreen;
import org.accord.ui.workshop.guide.GuideViewModel;
import org.accord.ui.workshop.matrix.BlindEntryPane;
import org.accord.ui.workshop.matrix.MatrixTable;
import org.accord.ui.workshop.model.SaveState;
import org.accord.ui.workshop.model.WorkshopViewModel;

/**
 * The workshop screen: menus and toolbar, the RACI grid, the selected activity's rationale and status, the live
 * findings, the load per role, and the legend. Binds to {@link WorkshopViewModel} and forwards; dialogs live here.
 */
public final class WorkshopView implements MatrixTable.Actions {
    public static final String FINDINGS_ID = "findings";
    public static final String FINDINGS_TITLE_ID = "findingsTitle";
    public static final String LOADS_ID = "loads";
    public static final String SAVE_STATE_ID = "saveState";
    public static final String RATIONALE_ID = "rationale";
    public static final String STATUS_ID = "status";
    public static final String UNDO_ID = "undo";
    public static final String REDO_ID = "redo";
    public static final String BACK_ID = "backToWorkshops";
    public static final String ADD_ACTIVITY_ID = "addActivity";
    public static final String ADD_ROLE_ID = "addRole";

    public static final String NOTICE_ID = "notice";
    public static final String AGREED_MODE_ID = "agreedMode";
    public static final String BLIND_MODE_ID = "blindMode";
    public static final String PRESENTATION_STYLE = "presentation";

    private final WorkshopViewModel model;
    private final Runnable backToStart;
    private final FilePicker files;
    private final BorderPane root = new BorderPane();
    private final MatrixTable matrix;
    private final Label selectedName = new Label();
    private final TextArea description = new TextArea();
    private final ComboBox<String> group = new ComboBox<>();
    private final TextArea rationale = new TextArea();
    private final ChoiceBox<ActivityStatus> status = new ChoiceBox<>();
    private UUID shownActivity;
    private boolean updatingPanel;
    private final GuideViewModel guideModel;
    private final GuideScreen guide;
    /** Made when the facilitator first switches to blind entry: a second grid, which most workshops never show. */
    private BlindEntryPane blindEntry;
    private final SplitPane split;
    private final BorderPane matrixCenter = new BorderPane();
    private final javafx.scene.control.ToggleGroup matrixMode = new javafx.scene.control.ToggleGroup();
    private final javafx.scene.control.ToggleButton agreedMode = new javafx.scene.control.ToggleButton("Agreed matrix");
    private final javafx.scene.control.ToggleButton blindMode = new javafx.scene.control.ToggleButton("Blind entry: CIO and CMO apart");
    private final HBox modeBar = new HBox(6);
    private MenuBar menus;
    private Parent tools;
    private Parent agendaList;
    /** Empty stand-ins that hold the places of the agenda list and the side panel until {@link #complete()}. */
    private final Region agendaPlace = new Region();
    private final Region sidePlace = new Region();
    private static final double SIDE_DIVIDER = 0.72;
    /** Around the grid's columns: its vertical scroll bar, borders and the split's divider. */
    private static final double GRID_FRAME = 24;
    private double fittedColumnsWidth = -1; // the grid's columns' width the divider was last fitted to
    private Parent legend;
    private boolean presenting;
    private StepKind shownKind;
    /** Presentation mode's grid type (26 px) against the laptop's (16 px), with a little room for the bold letters. */
    private static final double PRESENTATION_TYPE_SCALE = 1.65;

    public WorkshopView(WorkshopViewModel model, Runnable backToStart, FilePicker files, java.time.Clock clock) {
        this.model = model;
        this.backToStart = backToStart;
        this.files = files;
        this.matrix = new MatrixTable(model, this);
        this.guideModel = new GuideViewModel(model, clock);
        root.getStyleClass().add("workshop-view");
        root.getStylesheets().add(WorkshopView.class.getResource("workshop.css").toExternalForm());
        root.getStylesheets().add(GuideScreen.class.getResource("guide.css").toExternalForm());
        buildSidePanel(); // into sideScroll; put on screen by complete()
        sidePlace.setMinWidth(sideScroll.getMinWidth()); // the grid stays where it is when the panel comes in
        split = new SplitPane(matrix.table(), sidePlace);
        split.setDividerPositions(SIDE_DIVIDER);
        split.widthProperty().addListener((obs, old, now) -> fitDivider());
        guide = new GuideScreen(guideModel, matrixArea(), this::window, this::export);
        menus = menuBar();
        tools = toolBar();
        root.setTop(new VBox(menus, tools, guide.header()));
        agendaList = guide.stepList();
        agendaPlace.setMinWidth(agendaList.minWidth(-1)); // the grid stays where it is when the list comes in
        agendaPlace.setPrefWidth(agendaList.prefWidth(-1));
        root.setLeft(agendaPlace);
        root.setCenter(guide.content());
        legend = legend();
        root.setBottom(legend);
        // On the scene, not the root: on a step without a focused control the keys go to the scene itself.
        javafx.event.EventHandler<javafx.scene.input.KeyEvent> keys = this::onGuideKey;
        root.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, keys);
            }
        });
        model.workshopProperty().addListener((obs, old, now) -> showMatrixExtras());
        // After the grid's own listener (MatrixTable's, added first): a role added or renamed changes its width; a
        // letter typed does not, and leaves a divider the facilitator dragged where it is.
        model.workshopProperty().addListener((obs, old, now) -> {
            if (matrix.columnsWidth() != fittedColumnsWidth) {
                fitDivider();
            }
        });
        showMatrixExtras();
        matrix.table().getFocusModel().focusedCellProperty().addListener((obs, old, now) -> showSelectedActivity());
        model.workshopProperty().addListener((obs, old, now) -> showSelectedActivity());
        showSelectedActivity();
    }

    public Parent root() {
        return root;
    }

    /**
     * Puts in the agenda list and the side panel (the selected activity, findings, load per role), whose places the
     * first frame keeps empty. Styling and laying those out was a third of the time from a click to the first frame
     * of the grid, and the grid is what a facilitator looks at first; the window calls this right after that frame.
     */
    public void complete() {
        if (root.getLeft() == agendaPlace) {
            root.setLeft(agendaList);
        }
        if (split.getItems().contains(sidePlace)) {
            showSidePanel();
        }
    }

    /**
     * Puts the side panel beside the grid, in its stand-in's place if it has one. The grid itself stays in the
     * split: taking it out of the scene and back (as {@code setAll} does) would restyle every one of its cells.
     */
    private void showSidePanel() {
        int place = split.getItems().indexOf(sidePlace);
        if (place >= 0) {
            split.getItems().set(place, sideScroll);
        } else if (!split.getItems().contains(sideScroll)) {
            split.getItems().add(sideScroll);
        }
        fitDivider();
    }

    /**
     * Gives the grid the width its columns ask for, so every role is in view without scrolling sideways, as far as
     * the side panel keeps its minimum; never less than the usual share. The default template's seven roles fit
     * beside its names in the window a 1920×1080 projector gets. Called again when the window or the columns' width
     * change (a role added, renamed or removed, longer names), so a divider the facilitator dragged stays where it is
     * until then.
     */
    private void fitDivider() {
        double width = split.getWidth();
        if (split.getItems().size() < 2 || width <= 0) {
            return;
        }
        fittedColumnsWidth = matrix.columnsWidth();
        double grid = fittedColumnsWidth + GRID_FRAME;
        double side = Math.max(sideScroll.getMinWidth(), sidePlace.getMinWidth());
        split.setDividerPositions(Math.max(SIDE_DIVIDER, Math.min(grid / width, 1 - side / width)));
    }

    /**
     * Runs {@code leave} at once when the edits are saved or a save is under way (it finishes first). When saving
     * failed, asks first: save the workshop to a file and then leave, stay, or leave without the unsaved edits.
     */
    public void whenLeaving(Runnable leave) {
        if (model.saveStateProperty().get() != SaveState.NOT_SAVED) {
            leave.run();
            return;
        }
        switch (UnsavedChangesDialog.ask(window(), model.saveProblemProperty().get())) {
            case SAVE_TO_FILE -> files.save(window(), "Save the workshop to a file",
                            model.suggestedFileName(ExportFormat.JSON), ExportFormat.JSON.label(),
                            ExportFormat.JSON.extension())
                    .ifPresent(path -> model.export(ExportFormat.JSON, path, leave));
            case LEAVE -> leave.run();
            case STAY -> { }
        }
    }

    /** Stops the timers' ticking; the screen is being left. */
    public void close() {
        guideModel.dispose();
        model.close();
    }

    // ---- the guide around the matrix ----

    /**
     * The matrix steps' centre: the agreed grid with its side panel, or, in the "who does what" step, the blind entry
     * instead when the facilitator switches to it.
     */
    private Parent matrixArea() {
        agreedMode.setId(AGREED_MODE_ID);
        blindMode.setId(BLIND_MODE_ID);
        agreedMode.setToggleGroup(matrixMode);
        blindMode.setToggleGroup(matrixMode);
        agreedMode.setSelected(true);
        agreedMode.setFocusTraversable(false);
        blindMode.setFocusTraversable(false);
        matrixMode.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                matrixMode.selectToggle(old);
                return;
            }
            showMatrixExtras();
            (now == blindMode ? blindEntry().grid() : matrix).focusFirstCell();
        });
        modeBar.getChildren().setAll(agreedMode, blindMode);
        modeBar.setPadding(new Insets(6, 8, 0, 8));
        matrixCenter.setTop(modeBar);
        matrixCenter.setCenter(split);
        return matrixCenter;
    }

    private BlindEntryPane blindEntry() {
        if (blindEntry == null) {
            blindEntry = new BlindEntryPane(model, this);
            blindEntry.grid().setTypeScale(presenting ? PRESENTATION_TYPE_SCALE : 1);
        }
        return blindEntry;
    }

    /** The blind-entry switch belongs to the "who does what" step; the legend to both matrix steps. */
    private void showMatrixExtras() {
        StepKind kind = model.workshop().guide().currentStep().kind();
        boolean arrived = kind != shownKind;
        shownKind = kind;
        if (arrived && (kind == StepKind.INVENTORY || kind == StepKind.MATRIX)) {
            focusMatrix(); // arriving at the matrix, the keys go straight to the grid
        }
        boolean matrixStep = kind == StepKind.INVENTORY || kind == StepKind.MATRIX;
        boolean blindAllowed = kind == StepKind.MATRIX;
        modeBar.setVisible(blindAllowed);
        modeBar.setManaged(blindAllowed);
        boolean blind = blindAllowed && matrixMode.getSelectedToggle() == blindMode;
        javafx.scene.Node center = blind ? blindEntry().root() : split;
        if (matrixCenter.getCenter() != center) {
            matrixCenter.setCenter(center);
        }
        if (legend != null) {
            legend.setVisible(matrixStep || !model.noticeProperty().get().isEmpty());
            legend.setManaged(legend.isVisible());
        }
    }

    /** Keys that work on every step and in presentation mode, wherever the focus is. */
    private void onGuideKey(javafx.scene.input.KeyEvent e) {
        if (e.getCode() == KeyCode.F5) {
            setPresenting(!presenting);
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.PAGE_DOWN) {
            guideModel.next();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.PAGE_UP) {
            guideModel.previous();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.T) {
            guideModel.startOrPause();
        } else if (e.getCode() == KeyCode.ESCAPE && presenting) {
            setPresenting(false);
        } else {
            return;
        }
        e.consume();
    }

    /**
     * Presentation mode, for the projector: full screen, large type on a high-contrast light theme, the editing
     * chrome (menus, toolbar, agenda list, side panel) hidden; the step, its timer and the content stay, and letters
     * and step keys still work.
     */
    public void setPresenting(boolean on) {
        presenting = on;
        for (javafx.scene.Node chrome : new javafx.scene.Node[] {menus, tools, agendaList}) {
            chrome.setVisible(!on);
            chrome.setManaged(!on);
        }
        root.getStyleClass().remove(PRESENTATION_STYLE);
        guide.setPresenting(on);
        // Larger type needs wider columns, or the role labels would shrink to "…".
        matrix.setTypeScale(on ? PRESENTATION_TYPE_SCALE : 1);
        if (blindEntry != null) {
            blindEntry.grid().setTypeScale(on ? PRESENTATION_TYPE_SCALE : 1);
        }
        if (on) {
            root.getStyleClass().add(PRESENTATION_STYLE);
            split.getItems().removeAll(sideScroll, sidePlace);
        } else {
            showSidePanel();
        }
        if (root.getScene() != null && root.getScene().getWindow() instanceof javafx.stage.Stage stage
                && stage.isFullScreen() != on) {
            stage.setFullScreenExitHint("Esc or F5 leaves presentation mode");
            stage.setFullScreen(on);
            if (on) {
                stage.fullScreenProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean is) {
                        if (!is) {
                            stage.fullScreenProperty().removeListener(this);
                            if (presenting) {
                                setPresenting(false);
                            }
                        }
                    }
                });
            }
        }
        focusMatrix();
    }

    public boolean presenting() {
        return presenting;
    }

    /** The window title: names the workshop. */
    public javafx.beans.binding.StringBinding windowTitle() {
        return Bindings.createStringBinding(() -> model.workshop().title() + " — Accord", model.workshopProperty());
    }

    /** Puts the keyboard in the grid, on its first cell, ready for letters. */
    public void focusMatrix() {
        // After the next pulse, when the grid has its skin and is laid out; earlier, the focus request can be lost.
        javafx.application.Platform.runLater(matrix::focusFirstCell);
    }

    // ---- top ----

    private MenuBar menuBar() {
        MenuItem back = item("Back to workshops", new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN),
                () -> whenLeaving(backToStart));
        MenuItem details = item("Details…", null, this::editDetails);
        Menu workshop = new Menu("Workshop", null, details, back);

        MenuItem undo = item("Undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), model::undo);
        undo.textProperty().bind(Bindings.createStringBinding(() -> model.undoTextProperty().get().isEmpty()
                ? "Undo" : "Undo " + model.undoTextProperty().get(), model.undoTextProperty()));
        undo.disableProperty().bind(model.undoTextProperty().isEmpty());
        MenuItem redo = item("Redo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                model::redo);
        redo.textProperty().bind(Bindings.createStringBinding(() -> model.redoTextProperty().get().isEmpty()
                ? "Redo" : "Redo " + model.redoTextProperty().get(), model.redoTextProperty()));
        redo.disableProperty().bind(model.redoTextProperty().isEmpty());
        // Ctrl+Y is the other common redo key; a hidden item carries it so both work.
        MenuItem redoY = item("Redo", new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), model::redo);
        redoY.setVisible(false);
        Menu edit = new Menu("Edit", null, undo, redo, redoY,
                new javafx.scene.control.SeparatorMenuItem(),
                item("Add activity…", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::addActivity),
                item("Add role…", null, this::addRole),
                item("Add group…", null, this::addGroup));
        Menu agenda = new Menu("Agenda", null,
                item("Next step (Ctrl+Page Down)", null, () -> guideModel.next()),
                item("Previous step (Ctrl+Page Up)", null, () -> guideModel.previous()),
                item("Start or pause the timer (Ctrl+T)", null, () -> guideModel.startOrPause()),
                item("Five more minutes", null, () -> guideModel.extend()),
                item("Reset the timer", null, () -> guideModel.reset()),
                new javafx.scene.control.SeparatorMenuItem(),
                item("Presentation mode (F5)", null, () -> setPresenting(!presenting)));
        Menu help = new Menu("Help", null, item("Keyboard shortcuts (F1)", null,
                () -> org.accord.ui.common.ShortcutSheet.show(window())));
        return new MenuBar(workshop, edit, agenda, matrixMenu(), exportMenu(), help);
    }

    /** The hand-outs: PDF and CSV for the room, the workshop file for another laptop. */
    private Menu exportMenu() {
        Menu menu = new Menu("Export");
        for (ExportFormat format : ExportFormat.values()) {
            menu.getItems().add(item(format.label() + "…", format == ExportFormat.PDF
                    ? new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN) : null, () -> export(format)));
        }
        menu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        javafx.scene.control.ToggleGroup paper = new javafx.scene.control.ToggleGroup();
        for (PaperSize size : PaperSize.values()) {
            javafx.scene.control.RadioMenuItem choice = new javafx.scene.control.RadioMenuItem(
                    size == PaperSize.A4 ? "Paper: A4" : "Paper: US Letter");
            choice.setToggleGroup(paper);
            choice.setSelected(model.paperProperty().get() == size);
            choice.setOnAction(e -> model.paperProperty().set(size));
            menu.getItems().add(choice);
        }
        return menu;
    }

    private void export(ExportFormat format) {
        files.save(window(), "Export " + format.label(), model.suggestedFileName(format), format.label(),
                format.extension()).ifPresent(path -> model.export(format, path));
    }

    private void importActivities() {
        String group = matrix.focusedGroup().orElse(model.groups().isEmpty() ? "Activities" : model.groups().get(0));
        files.open(window(), "Import activities from CSV", "CSV files", ".csv").ifPresent(csv ->
                model.previewActivities(csv, group, rows -> {
                    if (ImportPreviewDialog.confirm(window(), csv.getFileName().toString(), rows)) {
                        model.addActivities(rows);
                    }
                }));
    }

    /** The grid's row and column actions, for the focused cell: the keyboard way to what the right-click menus do. */
    private Menu matrixMenu() {
        Runnable renameActivity = () -> matrix.focusedActivity().ifPresent(this::renameActivity);
        Runnable removeActivity = () -> matrix.focusedActivity().ifPresent(this::removeActivity);
        Runnable editRole = () -> matrix.focusedRole().ifPresent(this::editRole);
        Runnable removeRole = () -> matrix.focusedRole().ifPresent(this::removeRole);
        return new Menu("Matrix", null,
                item("Rename activity…", null, renameActivity),
                item("Move activity up", new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN),
                        () -> matrix.focusedActivity().ifPresent(id -> model.moveActivity(id, -1))),
                item("Move activity down", new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN),
                        () -> matrix.focusedActivity().ifPresent(id -> model.moveActivity(id, +1))),
                item("Remove activity…", null, removeActivity),
                new javafx.scene.control.SeparatorMenuItem(),
                item("Change role…", null, editRole),
                item("Move role left", new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN),
                        () -> matrix.focusedRole().ifPresent(id -> model.moveRole(id, -1))),
                item("Move role right", new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN),
                        () -> matrix.focusedRole().ifPresent(id -> model.moveRole(id, +1))),
                item("Remove role…", null, removeRole),
                new javafx.scene.control.SeparatorMenuItem(),
                item("Import activities from CSV…", null, this::importActivities));
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(key);
        item.setOnAction(e -> action.run());
        return item;
    }

    private Parent toolBar() {
        Button back = new Button("← Workshops");
        back.setId(BACK_ID);
        back.setOnAction(e -> whenLeaving(backToStart));
        Label title = new Label();
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        title.setMaxWidth(420); // a long title is shortened here (it is whole in the window title), never the buttons
        title.textProperty().bind(Bindings.createStringBinding(() -> model.workshop().title(), model.workshopProperty()));
        Button details = new Button("Details…");
        details.setOnAction(e -> editDetails());
        Button addActivity = new Button("Add activity");
        addActivity.setId(ADD_ACTIVITY_ID);
        addActivity.setOnAction(e -> addActivity());
        Button addRole = new Button("Add role");
        addRole.setId(ADD_ROLE_ID);
        addRole.setOnAction(e -> addRole());
        Button addGroup = new Button("Add group");
        addGroup.setOnAction(e -> addGroup());
        Button undo = new Button("Undo");
        undo.setId(UNDO_ID);
        undo.setOnAction(e -> model.undo());
        undo.disableProperty().bind(model.undoTextProperty().isEmpty());
        Button redo = new Button("Redo");
        redo.setId(REDO_ID);
        redo.setOnAction(e -> model.redo());
        redo.disableProperty().bind(model.redoTextProperty().isEmpty());
        for (Button b : new Button[] {back, details, addActivity, addRole, addGroup, undo, redo}) {
            b.setFocusTraversable(false); // the keyboard stays in the grid
        }
        Label saveState = new Label();
        saveState.setId(SAVE_STATE_ID);
        saveState.getStyleClass().add("save-state");
        saveState.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never shortened to "…"

        saveState.textProperty().bind(Bindings.createStringBinding(() -> {
            SaveState state = model.saveStateProperty().get();
            String problem = model.saveProblemProperty().get();
            return state == SaveState.NOT_SAVED ? state.label() + ": " + problem : state.label();
        }, model.saveStateProperty(), model.saveProblemProperty()));
        model.saveStateProperty().addListener((obs, old, now) -> {
            saveState.getStyleClass().removeAll("not-saved");
            if (now == SaveState.NOT_SAVED) {
                saveState.getStyleClass().add("not-saved");
            }
        });
        ToolBar tools = new ToolBar(back, title, new Separator(Orientation.VERTICAL), details, addActivity, addRole,
                addGroup, undo, redo);
        HBox.setHgrow(tools, Priority.ALWAYS);
        // Outside the toolbar, so a narrow screen can push buttons into the overflow menu but never the save state.
        HBox bar = new HBox(tools, saveState);
        bar.getStyleClass().add("tool-row");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    // ---- side panel ----

    private javafx.scene.control.ScrollPane sideScroll;

    private void buildSidePanel() {
        selectedName.getStyleClass().add("selected-activity");
        selectedName.setWrapText(true);
        description.setWrapText(true);
        description.setPrefRowCount(2);
        description.setPromptText("What this activity covers");
        rationale.setId(RATIONALE_ID);
        rationale.setWrapText(true);
        rationale.setPrefRowCount(3);
        rationale.setPromptText("Why this split? Record the reason, not only the letter.");
        group.setEditable(false);
        status.setId(STATUS_ID);
        status.getItems().setAll(ActivityStatus.values());

        commitWhenLeft(description, text -> model.setDescription(shownActivity, text));
        commitWhenLeft(rationale, text -> model.setRationale(shownActivity, text));
        group.valueProperty().addListener((obs, old, now) -> {
            if (!updatingPanel && shownActivity != null && now != null) {
                model.setGroup(shownActivity, now);
            }
        });
        status.valueProperty().addListener((obs, old, now) -> {
            if (!updatingPanel && shownActivity != null && now != null) {
                model.setStatus(shownActivity, now);
            }
        });
        VBox activityBox = new VBox(6, selectedName, new Label("Description"), description, new Label("Group"), group,
                new Label("Rationale: why this split"), rationale, new Label("Status"), status);
        TitledPane activityPane = new TitledPane("Selected activity", activityBox);
        activityPane.setCollapsible(false);

        ListView<Finding> findings = new ListView<>(model.findings());
        findings.setId(FINDINGS_ID);
        findings.setPrefHeight(220);
        findings.setCellFactory(list -> WrappedText.listCell(finding -> "⚠ " + finding.text()));
        findings.setPlaceholder(WrappedText.placeholder("No findings: every activity has one A and an R."));
        findings.getSelectionModel().selectedItemProperty().addListener((obs, old, finding) -> {
            if (finding != null) {
                matrix.select(finding.activityId(), finding.roleId());
            }
        });
        TitledPane findingsPane = new TitledPane("", findings);
        findingsPane.setId(FINDINGS_TITLE_ID);
        findingsPane.textProperty().bind(Bindings.size(model.findings()).asString("Findings (%d)"));
        findingsPane.setCollapsible(false);

        TableView<RoleLoad> loads = new TableView<>(model.loads());
        loads.setId(LOADS_ID);
        loads.setPrefHeight(200);
        loads.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        loads.getColumns().setAll(java.util.List.of(
                Columns.<RoleLoad, Object>wrapping("Role", 0, l -> l.role().shortLabel()),
                Columns.<RoleLoad, Object>of("R", 0, RoleLoad::responsible),
                Columns.<RoleLoad, Object>of("A", 0, RoleLoad::accountable),
                Columns.<RoleLoad, Object>of("C", 0, RoleLoad::consulted),
                Columns.<RoleLoad, Object>of("I", 0, RoleLoad::informed)));
        Label overload = new Label();
        overload.getStyleClass().add(Styles.MUTED);
        overload.setWrapText(true);
        overload.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.workshop().activities().size();
            return "Overload: A on more than " + MatrixChecks.overloadThreshold(n) + " of " + n
                    + " activities. Most C per activity: " + model.workshop().consultedLimit() + ".";
        }, model.workshopProperty()));
        TitledPane loadPane = new TitledPane("Load per role", new VBox(4, loads, overload));
        loadPane.setCollapsible(false);

        VBox side = new VBox(8, activityPane, findingsPane, loadPane);
        side.setPadding(new Insets(8));
        VBox.setVgrow(findingsPane, Priority.ALWAYS);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(320);
        sideScroll = scroll;
    }


    /** Saves a text field's content when the focus leaves it (or the selected row changes), not on every key. */
    private void commitWhenLeft(TextInputControl field, java.util.function.Function<String, Optional<String>> save) {
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is && shownActivity != null && !updatingPanel) {
                save.apply(field.getText()).ifPresent(this::warn);
            }
        });
    }

    private void showSelectedActivity() {
        Optional<UUID> focused = matrix.focusedActivity();
        Workshop w = model.workshop();
        Optional<Activity> activity = focused.flatMap(w::activity);
        updatingPanel = true;
        try {
            shownActivity = activity.map(Activity::id).orElse(null);
            boolean none = activity.isEmpty();
            for (var control : new javafx.scene.control.Control[] {description, group, rationale, status}) {
                control.setDisable(none);
            }
            // Each control is touched only when its value changes: this runs on every keystroke in the grid.
            setIfChanged(selectedName, activity.map(Activity::name).orElse("Select an activity in the matrix"));
            setIfChanged(description, activity.map(Activity::description).orElse(""));
            setIfChanged(rationale, activity.map(Activity::rationale).orElse(""));
            if (!group.getItems().equals(w.groups())) {
                group.getItems().setAll(w.groups());
            }
            group.setValue(activity.map(Activity::group).orElse(null));
            status.setValue(activity.map(Activity::status).orElse(null));
        } finally {
            updatingPanel = false;
        }
    }

    private static void setIfChanged(javafx.scene.control.Labeled label, String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }

    private static void setIfChanged(TextInputControl field, String text) {
        if (!text.equals(field.getText())) {
            field.setText(text);
        }
    }

    /** A finding as wrapped text: the whole sentence stays readable however narrow the panel is. */
    // ---- legend ----

    private Parent legend() {
        javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(18, 4);
        legend.getStyleClass().add("legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        for (Raci letter : Raci.values()) {
            Label chip = new Label(letter.letter());
            chip.getStyleClass().addAll("legend-chip", MatrixTable.letterStyle(letter));
            Label text = new Label(letter.meaning() + ": " + letter.rule());
            HBox entry = new HBox(6, chip, text);
            entry.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(entry);
        }
        Label oneLetter = new Label("One letter per cell (no combined A/R: the Accountable who also does the work "
                + "still needs an R in the row, or the \"no R\" finding stays). "
                + "Keys: arrows move · R A C I set · Delete clears · Enter renames · Ctrl+Z undoes.");
        oneLetter.getStyleClass().add(Styles.MUTED);
        oneLetter.setWrapText(true);
        // What the last export or import did, in full width above the legend.
        Label notice = new Label();
        notice.setId(NOTICE_ID);
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        model.noticeIsProblemProperty().addListener((obs, was, problem) -> {
            notice.getStyleClass().remove("problem");
            if (problem) {
                notice.getStyleClass().add("problem");
            }
        });
        VBox box = new VBox(4, notice, legend, oneLetter);
        box.setPadding(new Insets(6, 12, 8, 12));
        return box;
    }

    // ---- dialogs (MatrixTable.Actions and toolbar) ----

    private Window window() {
        return root.getScene().getWindow();
    }

    private void addActivity() {
        String targetGroup = matrix.focusedGroup().orElse(model.groups().isEmpty() ? "Activities" : model.groups().get(0));
        NameDialog.ask(window(), "Add activity", "New activity in \"" + targetGroup + "\"", "",
                name -> model.problemWith(model.addActivity(name, targetGroup)))
                .ifPresent(name -> model.edit(model.addActivity(name, targetGroup)));
    }

    @Override
    public void renameActivity(UUID activityId) {
        String current = model.workshop().activity(activityId).map(Activity::name).orElse("");
        NameDialog.ask(window(), "Rename activity", "New name for \"" + current + "\"", current,
                name -> model.problemWith(model.renameActivity(activityId, name)))
                .ifPresent(name -> model.edit(model.renameActivity(activityId, name)));
    }

    @Override
    public void removeActivity(UUID activityId) {
        Workshop w = model.workshop();
        long letters = w.letters().keySet().stream().filter(c -> c.activityId().equals(activityId)).count();
        String name = w.activity(activityId).map(Activity::name).orElse("");
        if (letters == 0 || confirm("Remove activity", "Remove \"" + name + "\" and its " + letters
                + " letters? You can undo this with Ctrl+Z.")) {
            model.removeActivity(activityId);
        }
    }

    @Override
    public void renameGroup(String group) {
        NameDialog.ask(window(), "Rename group", "New name for the group \"" + group + "\"", group,
                name -> model.problemWith(model.renameGroup(group, name)))
                .ifPresent(name -> model.edit(model.renameGroup(group, name)));
    }

    @Override
    public void removeGroup(String group) {
        model.removeGroup(group).ifPresent(this::warn); // a group that still has activities is refused, and says why
    }

    private void addGroup() {
        NameDialog.ask(window(), "Add group", "Name of the new group", "",
                name -> model.problemWith(model.addGroup(name)))
                .ifPresent(name -> model.edit(model.addGroup(name)));
    }

    private void addRole() {
        RoleDialog.ask(window(), "Add role", null, f -> model.addRole(f.name(), f.label(), f.side()), model)
                .ifPresent(model::edit);
    }

    @Override
    public void editRole(UUID roleId) {
        Role role = model.workshop().role(roleId).orElseThrow();
        RoleDialog.ask(window(), "Change role " + role.shortLabel(), role,
                f -> model.changeRole(roleId, f.name(), f.label(), f.side()), model).ifPresent(model::edit);
    }

    @Override
    public void removeRole(UUID roleId) {
        Workshop w = model.workshop();
        long letters = w.lettersOf(roleId);
        String label = w.role(roleId).map(Role::shortLabel).orElse("");
        if (letters == 0 || confirm("Remove role", "Remove the role " + label + "? It holds " + letters
                + " letters, which will be removed too. You can undo this with Ctrl+Z.")) {
            model.removeRole(roleId);
        }
    }

    private void editDetails() {
        DetailsDialog.ask(window(), model).ifPresent(model::edit);
    }

    private boolean confirm(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.CANCEL, ButtonType.OK);
        alert.initOwner(window());
        alert.setHeaderText(title);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private void warn(String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
        alert.initOwner(window());
        alert.setHeaderText("Not changed");
        alert.showAndWait();
    }
}
