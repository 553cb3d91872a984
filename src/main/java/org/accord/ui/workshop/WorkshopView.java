package org.accord.ui.workshop;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.accord.domain.Activity;
import org.accord.domain.Role;
import org.accord.domain.Workshop;
import org.accord.domain.guide.StepKind;
import org.accord.export.ExportFormat;
import org.accord.export.pdf.PaperSize;
import org.accord.ui.common.FilePicker;
import org.accord.ui.common.ShortcutSheet;
import org.accord.ui.common.Styles;
import org.accord.ui.workshop.guide.ChangesView;
import org.accord.ui.workshop.guide.GuideScreen;
import org.accord.ui.workshop.guide.GuideViewModel;
import org.accord.ui.workshop.matrix.BlindEntryPane;
import org.accord.ui.workshop.matrix.MatrixTable;
import org.accord.ui.workshop.model.SaveState;
import org.accord.ui.workshop.model.WorkshopViewModel;

/**
 * The workshop screen's shell: the menus and toolbar (made from {@link WorkshopAction}), the guide's agenda and steps
 * around the matrix, the RACI grid with its {@link SidePanel}, the {@link Legend}, {@link PresentationMode}, and
 * the {@link WorkshopDialogs}. Binds to {@link WorkshopViewModel} and forwards.
 */
public final class WorkshopView {
    public static final String FINDINGS_ID = "findings";
    public static final String FINDINGS_TITLE_ID = "findingsTitle";
    public static final String LOADS_ID = "loads";
    public static final String SAVE_STATE_ID = "saveState";
    public static final String RATIONALE_ID = "rationale";
    public static final String STATUS_ID = "status";
    /** The side panel's note under the status of a row agreed before the last round and changed since. */
    public static final String CHANGED_SINCE_ID = "changedSinceRound";
    public static final String UNDO_ID = "undo";
    public static final String REDO_ID = "redo";
    public static final String BACK_ID = "backToWorkshops";
    public static final String ADD_ACTIVITY_ID = "addActivity";
    public static final String ADD_ROLE_ID = "addRole";

    public static final String NOTICE_ID = "notice";
    public static final String AGREED_MODE_ID = "agreedMode";
    public static final String BLIND_MODE_ID = "blindMode";
    public static final String PRESENTATION_STYLE = PresentationMode.STYLE;

    private static final double SIDE_DIVIDER = 0.72;
    /** Around the grid's columns: its vertical scroll bar, borders and the split's divider. */
    private static final double GRID_FRAME = 24;
    /**
     * Below this window width the agenda list folds to a strip: on a 1280×720 or 1024×768 projector the matrix needs
     * its 320 px more than the room needs the list of steps (the step header above names the step and moves on).
     */
    static final double AGENDA_FOLDS_BELOW = 1500;
    /** Below this window height the legend is one line, so the grid keeps eight rows and more in view. */
    static final double LEGEND_FOLDS_BELOW = 900;
    /** The zoom steps Ctrl + plus and minus go through. */
    private static final double[] ZOOMS = {0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2};
    public static final String AGENDA_STRIP_ID = "agendaStrip";
    public static final String SIDE_STRIP_ID = "sideStrip";

    private final WorkshopViewModel model;
    private final BorderPane root = new BorderPane();
    private final MatrixTable matrix;
    private final WorkshopDialogs dialogs;
    private final ActionFactory actions = new ActionFactory();
    private final SidePanel side;
    private final GuideViewModel guideModel;
    private final GuideScreen guide;
    private final PresentationMode presentation;
    /** Made when the facilitator first switches to blind entry: a second grid, which most workshops never show. */
    private BlindEntryPane blindEntry;
    private final SplitPane split;
    private final BorderPane matrixCenter = new BorderPane();
    private final ToggleGroup matrixMode = new ToggleGroup();
    private final ToggleButton agreedMode = new ToggleButton("Agreed matrix");
    private final ToggleButton blindMode = new ToggleButton("Blind entry: CIO and CMO apart");
    private final HBox modeBar = new HBox(6);
    private final Parent agendaList;
    private final Legend legend;
    private final ViewSettings settings;
    /** The agenda list, or in its place on a narrow window the strip that unfolds it. */
    private final HBox agendaFrame = new HBox();
    private final VBox agendaStrip;
    private final VBox sideStrip;
    /** What the facilitator chose with the strips or the View menu; null while the window's size decides. */
    private Boolean agendaChosen;
    private Boolean sideChosen;
    private boolean wasNarrow;
    /** Empty stand-ins that hold the places of the agenda list and the side panel until {@link #complete()}. */
    private final Region agendaPlace = new Region();
    private final Region sidePlace = new Region();
    private double fittedColumnsWidth = -1; // the grid's columns' width the divider was last fitted to
    private StepKind shownKind;

    public WorkshopView(WorkshopViewModel model, Runnable backToStart, FilePicker files, Clock clock,
                        ViewSettings settings) {
        this.model = model;
        this.settings = settings;
        this.dialogs = new WorkshopDialogs(model, files, this::window, this::focusedGroup);
        this.matrix = new MatrixTable(model, dialogs);
        matrix.setZoom(settings.zoom(model.workshop().id()));
        this.guideModel = new GuideViewModel(model, clock);
        root.getStyleClass().add("workshop-view");
        root.getStylesheets().add(WorkshopView.class.getResource("workshop.css").toExternalForm());
        root.getStylesheets().add(GuideScreen.class.getResource("guide.css").toExternalForm());
        side = new SidePanel(model, matrix, dialogs::warn); // put on screen by complete()
        sidePlace.setMinWidth(side.root().getMinWidth()); // the grid stays where it is when the panel comes in
        split = new SplitPane(matrix.table(), sidePlace);
        split.setDividerPositions(SIDE_DIVIDER);
        split.widthProperty().addListener((obs, old, now) -> fitDivider());
        guide = new GuideScreen(guideModel, matrixArea(), this::window, dialogs::export);
        agendaList = guide.stepList();
        agendaStrip = foldStrip(AGENDA_STRIP_ID, "Agenda ▸", "Show the agenda list", () -> toggleAgenda());
        sideStrip = foldStrip(SIDE_STRIP_ID, "◂ Details", "Show the side panel: the selected activity, findings, load",
                () -> toggleSidePanel());
        agendaFrame.getChildren().setAll(agendaList, agendaStrip);
        HBox.setHgrow(agendaList, Priority.ALWAYS);
        presentation = new PresentationMode(root, this::presentScreenParts, this::focusMatrix);
        defineActions(backToStart);
        MenuBar menus = menuBar();
        Parent tools = toolBar();
        presentation.hideWhilePresenting(menus, tools, agendaFrame);
        root.setTop(new VBox(menus, tools, guide.header()));
        agendaPlace.setMinWidth(agendaList.minWidth(-1)); // the grid stays where it is when the list comes in
        agendaPlace.setPrefWidth(agendaList.prefWidth(-1));
        root.setLeft(agendaPlace);
        root.setCenter(guide.content());
        legend = Legend.of();
        root.setBottom(new VBox(MessageBar.of(model), legend.root()));
        root.widthProperty().addListener((obs, old, now) -> arrange());
        root.heightProperty().addListener((obs, old, now) -> arrange());
        actions.answerKeysAnywhereIn(root.sceneProperty());
        model.workshopProperty().addListener((obs, old, now) -> showMatrixExtras());
        // After the grid's own listener (MatrixTable's, added first): a role added or renamed changes its width; a
        // letter typed does not, and leaves a divider the facilitator dragged where it is.
        model.workshopProperty().addListener((obs, old, now) -> {
            if (matrix.naturalColumnsWidth() != fittedColumnsWidth) {
                arrange();
                fitDivider();
            }
        });
        showMatrixExtras();
        side.followSelection();
        chooseVersionsWhenAsked();
    }

    public Parent root() {
        return root;
    }

    private boolean roundsAsked;

    /**
     * Puts in the agenda list and the side panel (the selected activity, findings, load per role), whose places the
     * first frame keeps empty. Styling and laying those out was a third of the time from a click to the first frame
     * of the grid, and the grid is what a facilitator looks at first; the window calls this right after that frame.
     */
    public void complete() {
        if (!roundsAsked) {
            // The rounds and the last round's snapshot (for the grid's marks) come after the first frame, read in
            // the background: opening a workshop does not wait for its rounds or history (issue 19).
            roundsAsked = true;
            model.readRounds();
        }
        if (root.getLeft() == agendaPlace) {
            root.setLeft(agendaFrame);
        }
        if (split.getItems().contains(sidePlace)) {
            showSidePanel();
        }
        arrange();
    }

    // ---- what gives way on a narrow or short screen ----

    /**
     * Fits the screen to the window: below {@link #AGENDA_FOLDS_BELOW} the agenda list folds to a strip; the side
     * panel folds when the grid's columns (every role, the names on one line) would not fit beside it; below
     * {@link #LEGEND_FOLDS_BELOW} in height, and while presenting, the legend is one line. The activity names give
     * way last: they wrap (MatrixTable). The strips and the View menu unfold either panel again; the choice holds
     * until the window crosses the width where the agenda folds.
     */
    private void arrange() {
        double width = root.getWidth();
        if (width <= 0 || root.getLeft() == agendaPlace) {
            return; // not laid out yet, or not complete: the first frame keeps the places as they are
        }
        boolean narrow = width < AGENDA_FOLDS_BELOW;
        if (narrow != wasNarrow) {
            wasNarrow = narrow;
            agendaChosen = null;
            sideChosen = null;
        }
        boolean agendaShown = agendaChosen != null ? agendaChosen : !narrow;
        agendaList.setVisible(agendaShown);
        agendaList.setManaged(agendaShown);
        // The list stays in the scene while folded (hidden), so its selection and focus rules keep working.
        // Unfolded on a narrow window, the strip stays beside the list to fold it again.
        boolean agendaStripShown = !agendaShown || narrow;
        agendaStrip.setVisible(agendaStripShown);
        agendaStrip.setManaged(agendaStripShown);
        stripButton(agendaStrip).setText(agendaShown ? "◂ Agenda" : "Agenda ▸");

        double left = (agendaShown ? agendaList.minWidth(-1) : 0) + (agendaStripShown ? agendaStrip.prefWidth(-1) : 0);
        double room = width - left;
        boolean sideFits = matrix.naturalColumnsWidth() + GRID_FRAME + side.root().getMinWidth() <= room;
        boolean sideShown = !presentation.isOn() && (sideChosen != null ? sideChosen : sideFits);
        if (!presentation.isOn()) {
            if (sideShown && !split.getItems().contains(side.root())) {
                showSidePanel();
            } else if (!sideShown) {
                split.getItems().removeAll(side.root(), sidePlace);
            }
        }
        // Beside the agreed grid, which the side panel belongs to; unfolded on a narrow window, it folds it again.
        boolean stripShown = !presentation.isOn() && matrixCenter.getCenter() == split && (!sideShown || narrow);
        sideStrip.setVisible(stripShown);
        sideStrip.setManaged(stripShown);
        stripButton(sideStrip).setText(sideShown ? "Details ▸" : "◂ Details");
        matrixCenter.setRight(sideStrip);
        legend.setCompact(presentation.isOn() || root.getHeight() < LEGEND_FOLDS_BELOW);
    }

    private void toggleAgenda() {
        agendaChosen = !agendaList.isVisible();
        arrange();
    }

    private void toggleSidePanel() {
        if (presentation.isOn()) {
            return;
        }
        sideChosen = !split.getItems().contains(side.root());
        arrange();
    }

    private static Button stripButton(VBox strip) {
        return (Button) ((javafx.scene.Group) strip.getChildren().get(0)).getChildren().get(0);
    }

    /** A narrow strip with one button that unfolds the agenda list or the side panel. */
    private static VBox foldStrip(String id, String text, String hint, Runnable unfold) {
        Button button = new Button(text);
        button.setId(id);
        button.setFocusTraversable(false); // the keys stay in the grid
        button.setTooltip(new javafx.scene.control.Tooltip(hint));
        button.setOnAction(e -> unfold.run());
        // Turned on its side, the strip takes one line's width from the grid.
        javafx.scene.Group turned = new javafx.scene.Group(button);
        button.setRotate(-90);
        VBox strip = new VBox(turned);
        strip.getStyleClass().add("fold-strip");
        strip.setVisible(false);
        strip.setManaged(false);
        return strip;
    }

    // ---- zoom ----

    private void zoomBy(int steps) {
        double now = matrix.zoom();
        int at = 0;
        for (int i = 0; i < ZOOMS.length; i++) {
            if (Math.abs(ZOOMS[i] - now) < Math.abs(ZOOMS[at] - now)) {
                at = i;
            }
        }
        setZoom(ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, at + steps))]);
    }

    /** The zoom at which every role, names on one line, fills the grid's width (as far as the zoom steps go). */
    private void zoomToFit() {
        double width = matrixCenter.getWidth() - (sideStrip.isVisible() ? sideStrip.getWidth() : 0)
                - (split.getItems().contains(side.root()) ? side.root().getWidth() : 0);
        if (width <= 0) {
            return;
        }
        double fit = matrix.zoomToFit(width - GRID_FRAME);
        setZoom(Math.max(ZOOMS[0], Math.min(ZOOMS[ZOOMS.length - 1], Math.floor(fit * 20) / 20)));
    }

    private void setZoom(double zoom) {
        matrix.setZoom(zoom);
        if (blindEntry != null) {
            blindEntry.grid().setZoom(zoom);
        }
        settings.setZoom(model.workshop().id(), zoom);
        arrange();
        fitDivider();
    }

    /**
     * Puts the side panel beside the grid, in its stand-in's place if it has one. The grid itself stays in the
     * split: taking it out of the scene and back (as {@code setAll} does) would restyle every one of its cells.
     */
    private void showSidePanel() {
        ScrollPane sideScroll = side.root();
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
        // The width with every name on one line, which a narrower grid (a divider dragged) does not change.
        fittedColumnsWidth = matrix.naturalColumnsWidth();
        double grid = fittedColumnsWidth + GRID_FRAME - MatrixTable.FRAME;
        double sideWidth = Math.max(side.root().getMinWidth(), sidePlace.getMinWidth());
        split.setDividerPositions(Math.max(SIDE_DIVIDER, Math.min(grid / width, 1 - sideWidth / width)));
    }

    /**
     * Runs {@code leave} at once when the edits are saved or a save is under way (it finishes first). When saving
     * failed, asks first: save the workshop to a file and then leave, stay, or leave without the unsaved edits.
     */
    public void whenLeaving(Runnable leave) {
        dialogs.whenLeaving(leave);
    }

    /** Stops the timers' ticking; the screen is being left. */
    /** The screen's view model: what the tests and the room server's link read the workshop from. */
    public WorkshopViewModel model() {
        return model;
    }

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
            blindEntry = new BlindEntryPane(model, dialogs);
            blindEntry.grid().setTypeScale(presentation.typeScale());
            blindEntry.grid().setZoom(matrix.zoom());
            blindEntry.setPresenting(presentation.isOn());
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
        // Presenting, the switch gives its line to the grid's rows (F5 brings it back, with the other editing tools).
        modeBar.setVisible(blindAllowed && !presentation.isOn());
        modeBar.setManaged(modeBar.isVisible());
        boolean blind = blindAllowed && matrixMode.getSelectedToggle() == blindMode;
        Node center = blind ? blindEntry().root() : split;
        if (matrixCenter.getCenter() != center) {
            matrixCenter.setCenter(center);
            arrange();
        }
        if (legend != null) {
            legend.root().setVisible(matrixStep);
            legend.root().setManaged(legend.root().isVisible());
        }
    }

    // ---- presentation mode ----

    /**
     * Presentation mode, for the projector ({@link PresentationMode}): full screen, large type, the editing chrome
     * hidden; letters and step keys still work.
     */
    public void setPresenting(boolean on) {
        presentation.set(on);
    }

    public boolean presenting() {
        return presentation.isOn();
    }

    /** The screen's own parts in or out of presentation mode: the step header, the grids' type, the side panel. */
    private void presentScreenParts(boolean on) {
        guide.setPresenting(on);
        // Larger type needs wider columns, or the role labels would shrink to "…".
        matrix.setTypeScale(presentation.typeScale());
        if (blindEntry != null) {
            blindEntry.grid().setTypeScale(presentation.typeScale());
            blindEntry.setPresenting(on);
        }
        if (on) {
            split.getItems().removeAll(side.root(), sidePlace);
        }
        showMatrixExtras();
        arrange();
    }

    /** The window title: names the workshop. */
    public StringBinding windowTitle() {
        return Bindings.createStringBinding(() -> model.workshop().title() + " — Accord", model.workshopProperty());
    }

    /** Puts the keyboard in the grid, on its first cell, ready for letters. */
    public void focusMatrix() {
        // After the next pulse, when the grid has its skin and is laid out; earlier, the focus request can be lost.
        Platform.runLater(matrix::focusFirstCell);
    }

    /** The keys this screen answers wherever the focus is (the menus' keys are the scene's accelerators). */
    public Map<KeyCombination, WorkshopAction> keysAnywhere() {
        return actions.anywhereKeys();
    }

    /** The grid's, asked when a dialog opens (the dialogs are made before the grid, which they answer for). */
    private java.util.Optional<String> focusedGroup() {
        return matrix.focusedGroup();
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    /**
     * Runs a change and, on the matrix, scrolls to what it changed and selects it: an undo of a cell off screen
     * changed nothing visible, and a new activity appeared below the fold, unselected.
     */
    private void showingWhatChanged(Runnable change) {
        Workshop before = model.workshop();
        change.run();
        Workshop after = model.workshop();
        StepKind kind = after.guide().currentStep().kind();
        boolean onTheGrid = (kind == StepKind.INVENTORY || kind == StepKind.MATRIX) && matrixCenter.getCenter() == split;
        if (before == after || !onTheGrid) {
            return;
        }
        for (Activity activity : after.activities()) {
            if (before.activity(activity.id()).filter(activity::equals).isEmpty()) {
                matrix.select(activity.id(), null); // new, renamed, moved or its status changed
                return;
            }
            for (Role role : after.roles()) {
                if (!before.letter(activity.id(), role.id()).equals(after.letter(activity.id(), role.id()))) {
                    matrix.select(activity.id(), role.id());
                    return;
                }
            }
        }
    }

    // ---- actions: what each does, then the menus and the toolbar made from them ----

    private void defineActions(Runnable backToStart) {
        actions.define(WorkshopAction.BACK, () -> whenLeaving(backToStart));
        actions.define(WorkshopAction.DETAILS, dialogs::editDetails);
        // Weeks later the facilitator reopens a workshop to see what changed: from the menu, not only the wrap-up.
        actions.define(WorkshopAction.WHAT_CHANGED, () -> ChangesView.show(window(), model),
                Bindings.createBooleanBinding(() -> model.roundsProperty().get().latest().isPresent(), model.roundsProperty()),
                Bindings.createStringBinding(() -> model.roundsProperty().get().latest()
                        .map(r -> "What changed since " + r.name() + "…").orElse(WorkshopAction.WHAT_CHANGED.menuText()),
                        model.roundsProperty()));
        actions.define(WorkshopAction.UNDO, () -> showingWhatChanged(model::undo), model.undoTextProperty().isNotEmpty(),
                described("Undo", model.undoTextProperty()));
        actions.define(WorkshopAction.REDO, () -> showingWhatChanged(model::redo), model.redoTextProperty().isNotEmpty(),
                described("Redo", model.redoTextProperty()));
        actions.define(WorkshopAction.ADD_ACTIVITY, () -> showingWhatChanged(dialogs::addActivity));
        actions.define(WorkshopAction.ADD_ROLE, dialogs::addRole);
        actions.define(WorkshopAction.ADD_GROUP, dialogs::addGroup);

        actions.define(WorkshopAction.NEXT_STEP, guideModel::next);
        actions.define(WorkshopAction.PREVIOUS_STEP, guideModel::previous);
        actions.define(WorkshopAction.TIMER, guideModel::startOrPause);
        actions.define(WorkshopAction.EXTEND_TIMER, guideModel::extend);
        actions.define(WorkshopAction.RESET_TIMER, guideModel::reset);
        actions.define(WorkshopAction.PRESENTATION, presentation::toggle);
        actions.define(WorkshopAction.ZOOM_IN, () -> zoomBy(+1));
        actions.define(WorkshopAction.ZOOM_OUT, () -> zoomBy(-1));
        actions.define(WorkshopAction.ZOOM_RESET, () -> setZoom(1));
        actions.define(WorkshopAction.ZOOM_TO_FIT, this::zoomToFit);
        actions.define(WorkshopAction.SHOW_AGENDA, this::toggleAgenda);
        actions.define(WorkshopAction.SHOW_SIDE_PANEL, this::toggleSidePanel);
        actions.define(WorkshopAction.LEAVE_PRESENTATION, () -> presentation.set(false), presentation.onProperty(), null);

        // The grid's row and column actions, for the focused cell: the keyboard way to what the right-click menus do.
        actions.define(WorkshopAction.RENAME_ACTIVITY, () -> matrix.focusedActivity().ifPresent(dialogs::renameActivity));
        actions.define(WorkshopAction.MOVE_ACTIVITY_UP,
                () -> matrix.focusedActivity().ifPresent(id -> model.moveActivity(id, -1)));
        actions.define(WorkshopAction.MOVE_ACTIVITY_DOWN,
                () -> matrix.focusedActivity().ifPresent(id -> model.moveActivity(id, +1)));
        actions.define(WorkshopAction.REMOVE_ACTIVITY, () -> matrix.focusedActivity().ifPresent(dialogs::removeActivity));
        actions.define(WorkshopAction.CHANGE_ROLE, () -> matrix.focusedRole().ifPresent(dialogs::editRole));
        actions.define(WorkshopAction.MOVE_ROLE_LEFT, () -> matrix.focusedRole().ifPresent(id -> model.moveRole(id, -1)));
        actions.define(WorkshopAction.MOVE_ROLE_RIGHT, () -> matrix.focusedRole().ifPresent(id -> model.moveRole(id, +1)));
        actions.define(WorkshopAction.REMOVE_ROLE, () -> matrix.focusedRole().ifPresent(dialogs::removeRole));
        actions.define(WorkshopAction.IMPORT_ACTIVITIES, dialogs::importActivities);
        actions.define(WorkshopAction.IMPORT_SPREADSHEET, dialogs::importSpreadsheet);

        for (ExportFormat format : ExportFormat.values()) {
            actions.define(WorkshopAction.exporting(format), () -> dialogs.export(format));
        }
        actions.define(WorkshopAction.SHORTCUTS, () -> ShortcutSheet.show(window(), WorkshopAction.shortcutSheet()));
    }

    /** "Undo Set R for CIO on …": the menu names the edit it would undo or redo. */
    private static ObservableStringValue described(String verb, ObservableStringValue edit) {
        return Bindings.createStringBinding(() -> edit.get().isEmpty() ? verb : verb + " " + edit.get(), edit);
    }

    private MenuBar menuBar() {
        return new MenuBar(
                actions.menu("Workshop", WorkshopAction.DETAILS, WorkshopAction.WHAT_CHANGED, null, WorkshopAction.BACK),
                actions.menu("Edit", WorkshopAction.UNDO, WorkshopAction.REDO, null, WorkshopAction.ADD_ACTIVITY,
                        WorkshopAction.ADD_ROLE, WorkshopAction.ADD_GROUP),
                actions.menu("Agenda", WorkshopAction.NEXT_STEP, WorkshopAction.PREVIOUS_STEP, WorkshopAction.TIMER,
                        WorkshopAction.EXTEND_TIMER, WorkshopAction.RESET_TIMER, null, WorkshopAction.PRESENTATION),
                actions.menu("Matrix", WorkshopAction.RENAME_ACTIVITY, WorkshopAction.MOVE_ACTIVITY_UP,
                        WorkshopAction.MOVE_ACTIVITY_DOWN, WorkshopAction.REMOVE_ACTIVITY, null,
                        WorkshopAction.CHANGE_ROLE, WorkshopAction.MOVE_ROLE_LEFT, WorkshopAction.MOVE_ROLE_RIGHT,
                        WorkshopAction.REMOVE_ROLE, null, WorkshopAction.IMPORT_ACTIVITIES,
                        WorkshopAction.IMPORT_SPREADSHEET),
                actions.menu("View", WorkshopAction.ZOOM_IN, WorkshopAction.ZOOM_OUT, WorkshopAction.ZOOM_RESET,
                        WorkshopAction.ZOOM_TO_FIT, null, WorkshopAction.SHOW_AGENDA, WorkshopAction.SHOW_SIDE_PANEL),
                exportMenu(),
                actions.menu("Help", WorkshopAction.SHORTCUTS));
    }

    /**
     * The hand-outs: PDF, CSV and the spreadsheet for the room, the workshop file for another laptop; and the paper
     * they are on.
     */
    private Menu exportMenu() {
        Menu menu = actions.menu("Export", java.util.Arrays.stream(ExportFormat.values())
                .map(WorkshopAction::exporting).toArray(WorkshopAction[]::new));
        menu.getItems().add(new SeparatorMenuItem());
        ToggleGroup paper = new ToggleGroup();
        for (PaperSize size : PaperSize.values()) {
            RadioMenuItem choice = new RadioMenuItem(size == PaperSize.A4 ? "Paper: A4" : "Paper: US Letter");
            choice.setToggleGroup(paper);
            choice.setSelected(model.paperProperty().get() == size);
            choice.setOnAction(e -> model.paperProperty().set(size));
            menu.getItems().add(choice);
        }
        return menu;
    }

    public static final String CHOOSE_VERSIONS_ID = "chooseVersions";
    public static final String ALSO_OPEN_ID = "alsoOpen";

    /** Beside "Not saved" while a conflict waits for the facilitator's choice: brings the chooser back. */
    private Button conflictButton() {
        Button choose = new Button("Choose versions…");
        choose.setId(CHOOSE_VERSIONS_ID);
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.visibleProperty().bind(model.conflictPendingProperty());
        choose.managedProperty().bind(choose.visibleProperty());
        choose.setOnAction(e -> model.chooseAgain());
        return choose;
    }

    /** "Also open: maria on LAPTOP-7 since 14:02" on a team's library; nothing when nobody else has it open. */
    private Label alsoOpen() {
        Label also = new Label();
        also.setId(ALSO_OPEN_ID);
        also.getStyleClass().add("also-open");
        also.textProperty().bind(model.alsoOpenProperty());
        also.visibleProperty().bind(model.alsoOpenProperty().isNotEmpty());
        also.managedProperty().bind(also.visibleProperty());
        // The first to give way on a narrow window (shortened with "…", whole in its tooltip): the save state and its
        // button must stay whole, and the row must never push the screen wider than the window.
        also.setMinWidth(0);
        also.setMaxWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(also, Priority.SOMETIMES);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(model.alsoOpenProperty());
        also.setTooltip(whole);
        return also;
    }

    /**
     * Shows the chooser when a save finds that another facilitator changed the same cells differently (once per set
     * of conflicts: the save retried every few seconds does not bring it back). Later, from the shell's thread.
     */
    private void chooseVersionsWhenAsked() {
        model.conflictToChooseProperty().addListener((obs, old, now) -> {
            if (now != null && old == null) {
                Platform.runLater(() -> {
                    if (model.conflictToChooseProperty().get() != now || root.getScene() == null) {
                        return; // settled meanwhile, or the screen was left
                    }
                    ConflictChooserDialog.choose(window(), now, model.othersWithItOpen())
                            .ifPresentOrElse(model::resolveConflicts, model::decideLater);
                });
            }
        });
    }

    private Parent toolBar() {
        Label title = new Label() {
            /** The toolbar makes room for its items' preferred widths: the title asks only for what it may have. */
            @Override
            protected double computePrefWidth(double height) {
                return Math.min(super.computePrefWidth(height), getMaxWidth());
            }
        };
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        // A long title is shortened here (it is whole in the window title), never the buttons: on a narrow window
        // it gives the buttons the room they need (about 1000 px with the save state), so none overflows down to
        // a 1280 px window; below it, the last buttons go to the toolbar's overflow menu (») as before. On a wide
        // screen it takes all the room the buttons leave ("Northwind Outfitters – CIO–C…" had 800 px free).
        title.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(120, root.getWidth() - 1000), root.widthProperty()));
        title.textProperty().bind(Bindings.createStringBinding(() -> model.workshop().title(), model.workshopProperty()));
        Label saveState = new Label();
        saveState.setId(SAVE_STATE_ID);
        saveState.getStyleClass().add("save-state");
        saveState.setMinWidth(Region.USE_PREF_SIZE); // never shortened to "…"
        saveState.textProperty().bind(Bindings.createStringBinding(() -> {
            SaveState state = model.saveStateProperty().get();
            String problem = model.saveProblemProperty().get();
            if (state != SaveState.NOT_SAVED) {
                return state.label();
            }
            // A reason that already starts "Not saved: …" (the server's, a conflict's) is not said twice.
            String prefix = state.label() + ": ";
            return problem.regionMatches(true, 0, prefix, 0, prefix.length()) ? prefix + problem.substring(
                    prefix.length()) : prefix + problem;
        }, model.saveStateProperty(), model.saveProblemProperty()));
        model.saveStateProperty().addListener((obs, old, now) -> {
            saveState.getStyleClass().removeAll("not-saved");
            if (now == SaveState.NOT_SAVED) {
                saveState.getStyleClass().add("not-saved");
            }
        });
        ToolBar tools = new ToolBar(actions.button(WorkshopAction.BACK), title, new Separator(Orientation.VERTICAL),
                actions.button(WorkshopAction.DETAILS), actions.button(WorkshopAction.ADD_ACTIVITY),
                actions.button(WorkshopAction.ADD_ROLE), actions.button(WorkshopAction.ADD_GROUP),
                actions.button(WorkshopAction.UNDO), actions.button(WorkshopAction.REDO));
        HBox.setHgrow(tools, Priority.ALWAYS);
        // Outside the toolbar, so a narrow screen can push buttons into the overflow menu but never the save state.
        HBox bar = new HBox(tools, saveState, conflictButton(), alsoOpen());
        bar.getStyleClass().add("tool-row");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
