package org.accord.ui.workshop.matrix;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.accord.domain.Activity;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Workshop;
import org.accord.ui.common.HoverTooltip;
import org.accord.domain.Cell;
import org.accord.domain.round.RoundComparison;
import org.accord.ui.common.ShortcutSheet;
import org.accord.ui.common.TextWidth;
import org.accord.ui.common.WrappedText;
import org.accord.ui.workshop.matrix.MatrixRow.ActivityRow;
import org.accord.ui.workshop.matrix.MatrixRow.GroupHeading;
import org.accord.ui.workshop.model.WorkshopViewModel;

/**
 * The RACI grid: activities as rows under group headings, roles as columns. Keyboard first: arrows move, R/A/C/I
 * set the focused cell, Delete or Backspace clears it, Enter renames the row. A click on a focused cell, or a
 * right-click, opens a small letter menu. The grid only shows the view model's workshop and forwards edits.
 */
public final class MatrixTable {
    public static final String ID = "matrix";
    static final String NAME_COLUMN_ID = "activityColumn";
    static final String ROLE_COLUMN_PREFIX = "role-";
    static final String NAME_CELL_STYLE = "name-cell";
    private static final PseudoClass GROUP_HEADING_STATE = PseudoClass.getPseudoClass("group-heading");
    private static final PseudoClass GROUP_FILLER_STATE = PseudoClass.getPseudoClass("group-filler");

    /** What the grid asks of the screen around it: the dialogs and confirmations live there. */
    public interface Actions {
        void renameActivity(UUID activityId);

        void removeActivity(UUID activityId);

        void renameGroup(String group);

        void removeGroup(String group);

        void editRole(UUID roleId);

        void removeRole(UUID roleId);
    }

    /**
     * Which letters the grid shows and sets: the agreed matrix, or one leader's blind view of it. The rows, columns,
     * keys and menus are the same for every layer.
     */
    public interface Layer {
        Optional<Raci> letter(Workshop workshop, UUID activityId, UUID roleId);

        void set(UUID activityId, UUID roleId, Raci letter);
    }

    private final WorkshopViewModel model;
    private final Actions actions;
    private final Layer layer;
    private final Grid table = new Grid();
    private final ObservableList<MatrixRow> rows = FXCollections.observableArrayList();
    private final TableColumn<MatrixRow, MatrixRow> nameColumn = new TableColumn<>("Activity");
    private double typeScale = 1;
    /** Names wrap onto two lines on the laptop; presenting, each keeps to one. */
    private final javafx.beans.property.BooleanProperty namesWrap = new javafx.beans.property.SimpleBooleanProperty(true);
    private double zoom = 1;
    /** workshop.css: activity names 16 px; group headings and role labels bold 15 px (0.9375 em). */
    private static final double NAME_TYPE = 16;
    private static final double HEADING_TYPE = 15;
    /** A name column narrower than this wraps names onto too many lines to read. */
    private static final double NARROWEST_NAME_COLUMN = 180;
    /** Around the grid's columns: the vertical scroll bar and the borders. */
    public static final double FRAME = 20;
    /** How far the grid is scrolled sideways, in pixels: the name column is moved back by as much. */
    private final javafx.beans.property.DoubleProperty scrolledSideways = new javafx.beans.property.SimpleDoubleProperty();
    private double naturalNameWidth = 240;
    private boolean remeasureAsked;
    private List<String> shownNames;
    private List<Role> shownRoles = List.of();

    public MatrixTable(WorkshopViewModel model, Actions actions) {
        this(model, actions, agreedLayer(model), ID);
        // The agreed grid (not a leader's blind view) marks what changed since the last round.
        marksChanges = true;
        model.sinceLastRoundProperty().addListener((obs, old, now) -> table.refresh());
    }

    private static Layer agreedLayer(WorkshopViewModel model) {
        return new Layer() {
            @Override
            public Optional<Raci> letter(Workshop workshop, UUID activityId, UUID roleId) {
                return workshop.letter(activityId, roleId);
            }

            @Override
            public void set(UUID activityId, UUID roleId, Raci letter) {
                model.setLetter(activityId, roleId, letter);
            }
        };
    }

    /** The style a cell has while its letter differs from the last round's: a corner mark (workshop.css). */
    public static final String CHANGED_STATE_NAME = "changed-since-round";
    private static final PseudoClass CHANGED_STATE = PseudoClass.getPseudoClass(CHANGED_STATE_NAME);
    private boolean marksChanges;

    public MatrixTable(WorkshopViewModel model, Actions actions, Layer layer, String id) {
        this.model = model;
        this.actions = actions;
        this.layer = layer;
        table.setId(id);
        table.getStyleClass().add("raci-matrix");
        table.setItems(rows);
        table.setEditable(false);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(WrappedText.placeholder("No activities yet: add the first with \"Add activity\"."));
        nameColumn.setId(NAME_COLUMN_ID);
        nameColumn.setSortable(false);
        nameColumn.setReorderable(false);
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        nameColumn.setCellFactory(c -> new NameCell());
        // The rows keep the heights they were measured at; when the names' column changes width, some names wrap
        // onto a second line or back, so the rows are measured again (once per change, after the layout).
        nameColumn.widthProperty().addListener((obs, old, now) -> remeasureRows());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // The name column gives way (its names wrap) so the roles fit the width the grid has.
        table.widthProperty().addListener((obs, old, now) -> fitNameColumn());
        table.getFocusModel().focusedCellProperty().addListener((obs, old, now) ->
                javafx.application.Platform.runLater(this::keepFocusedColumnClearOfNames));
        applyType();
        show(model.workshop());
        model.workshopProperty().addListener((obs, old, now) -> show(now));
    }

    public TableView<MatrixRow> table() {
        return table;
    }

    /** The activity of the focused row, if the focus is on an activity. */
    public Optional<UUID> focusedActivity() {
        TablePosition<MatrixRow, ?> focus = table.getFocusModel().getFocusedCell();
        if (focus == null || focus.getRow() < 0 || focus.getRow() >= rows.size()) {
            return Optional.empty();
        }
        return rows.get(focus.getRow()) instanceof ActivityRow a ? Optional.of(a.activityId()) : Optional.empty();
    }

    /** The role of the focused column, if the focus is on a role's column. */
    public Optional<UUID> focusedRole() {
        TablePosition<MatrixRow, ?> focus = table.getFocusModel().getFocusedCell();
        Object roleId = focus == null || focus.getTableColumn() == null ? null : focus.getTableColumn().getUserData();
        return roleId instanceof UUID id ? Optional.of(id) : Optional.empty();
    }

    /** The group the focus is in, for adding an activity next to it. */
    public Optional<String> focusedGroup() {
        TablePosition<MatrixRow, ?> focus = table.getFocusModel().getFocusedCell();
        if (focus == null || focus.getRow() < 0 || focus.getRow() >= rows.size()) {
            return Optional.empty();
        }
        MatrixRow row = rows.get(focus.getRow());
        if (row instanceof GroupHeading g) {
            return Optional.of(g.group());
        }
        return model.workshop().activity(((ActivityRow) row).activityId()).map(Activity::group);
    }

    /** Puts the keyboard in the grid on its first cell, ready for arrows and letters. */
    public void focusFirstCell() {
        table.requestFocus();
        if (!rows.isEmpty() && table.getFocusModel().getFocusedIndex() < 0) {
            table.getSelectionModel().clearAndSelect(0, nameColumn);
            table.getFocusModel().focus(0, nameColumn);
        }
    }

    /** Selects an activity's row (and a role's cell in it, if given), for findings. */
    public void select(UUID activityId, UUID roleId) {
        int row = activityId == null ? firstActivityRow() : rows.indexOf(new ActivityRow(activityId));
        if (row < 0) {
            return;
        }
        TableColumn<MatrixRow, ?> column = roleId == null ? nameColumn : roleColumn(roleId);
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
        table.scrollTo(Math.max(0, row - 3));
        table.requestFocus();
    }

    private int firstActivityRow() {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof ActivityRow) {
                return i;
            }
        }
        return -1;
    }

    private TableColumn<MatrixRow, ?> roleColumn(UUID roleId) {
        return table.getColumns().stream()
                .filter(c -> (ROLE_COLUMN_PREFIX + roleId).equals(c.getId())).findFirst().orElse(nameColumn);
    }

    // ---- showing the workshop ----

    private void show(Workshop workshop) {
        TablePosition<MatrixRow, ?> focus = table.getFocusModel().getFocusedCell();
        MatrixRow focusedRow = focus != null && focus.getRow() >= 0 && focus.getRow() < rows.size() ? rows.get(focus.getRow()) : null;
        String focusedColumnId = focus != null && focus.getTableColumn() != null ? focus.getTableColumn().getId() : null;

        boolean structureChanged = false;
        if (!workshop.roles().equals(shownRoles)) {
            rebuildColumns(workshop.roles());
            structureChanged = true;
        }
        // The names the name column is sized for: the activities' and the groups'.
        List<String> names = java.util.stream.Stream.concat(workshop.activities().stream().map(Activity::name),
                workshop.groups().stream()).toList();
        if (!names.equals(shownNames)) {
            shownNames = names;
            sizeNameColumn(workshop);
        }
        List<MatrixRow> nextRows = MatrixRow.of(workshop);
        if (!nextRows.equals(rows)) {
            rows.setAll(nextRows);
            structureChanged = true;
        }
        if (structureChanged) {
            restoreFocus(focusedRow, focusedColumnId);
        }
        // Otherwise only letters or names changed: each cell redraws itself (MatrixCell).
    }

    private void restoreFocus(MatrixRow row, String columnId) {
        int index = row == null ? -1 : rows.indexOf(row);
        if (index < 0) {
            return;
        }
        TableColumn<MatrixRow, ?> column = table.getColumns().stream()
                .filter(c -> c.getId() != null && c.getId().equals(columnId)).findFirst().orElse(nameColumn);
        table.getSelectionModel().clearAndSelect(index, column);
        table.getFocusModel().focus(index, column);
    }

    /**
     * Sizes the type and the columns: the type scale is 1 on the laptop and larger on the projector (presentation
     * mode's 24 px against the laptop's 16 px); the zoom is the room's own choice on top (Ctrl + plus, minus, 0).
     * Widths follow from the names, so no role label and no ordinary activity name ends in "…".
     */
    public void setTypeScale(double scale) {
        if (scale == typeScale) {
            return;
        }
        typeScale = scale;
        // On the projector a name keeps to one line (whole on hover): every row then has the letters' height, and
        // eight and more rows fit at 1280×720 instead of six with two-line names cut to one line and "…".
        namesWrap.set(scale <= 1);
        applyType();
    }

    /** The zoom the room chose: 1 is the normal size. */
    public double zoom() {
        return zoom;
    }

    public void setZoom(double zoom) {
        if (zoom == this.zoom) {
            return;
        }
        this.zoom = zoom;
        applyType();
    }

    /** The cells' type follows the grid's font size (workshop.css sizes them in em), so one number scales them all. */
    private void applyType() {
        table.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", NAME_TYPE * scale()));
        remeasureRows();
        sizeNameColumn(model.workshop());
        for (TableColumn<MatrixRow, ?> column : table.getColumns()) {
            if (column.getUserData() instanceof UUID roleId) {
                model.workshop().role(roleId).ifPresent(role -> column.setPrefWidth(roleWidth(role)));
            }
        }
    }

    /** Measures the rows again after the type or the names' width changed, once, after the change is laid out. */
    private void remeasureRows() {
        if (!remeasureAsked) {
            remeasureAsked = true;
            javafx.application.Platform.runLater(() -> {
                remeasureAsked = false;
                table.refresh();
            });
        }
    }

    private double scale() {
        return typeScale * zoom;
    }

    /**
     * As wide as the longest activity or group name in the grid's type, between 240 and 640 px; a longer name wraps
     * (and shows whole on hover). With short names every role of the default template (seven) fits beside them in
     * the window a 1920×1080 projector gets; on a narrower screen the column gives way, see {@link #fitNameColumn}.
     */
    private void sizeNameColumn(Workshop workshop) {
        double longest = 0;
        for (Activity activity : workshop.activities()) {
            longest = Math.max(longest, textWidth(activity.name(), FontWeight.NORMAL, NAME_TYPE));
        }
        for (String group : workshop.groups()) {
            longest = Math.max(longest, textWidth(group, FontWeight.BOLD, HEADING_TYPE));
        }
        naturalNameWidth = Math.min(640, Math.max(240, Math.ceil(longest) + 36)) * scale();
        fitNameColumn();
    }

    /**
     * The name column as wide as its names need, or as the grid can spare beside the roles when it is narrower
     * (a 1280×720 or 1024×768 projector): the names then wrap onto a second line. Never so narrow that a name takes
     * more than a few lines; the grid then scrolls sideways, the name column staying in view.
     */
    private void fitNameColumn() {
        double roles = table.getColumns().stream().filter(c -> c != nameColumn).mapToDouble(TableColumn::getPrefWidth).sum();
        double spare = table.getWidth() - FRAME - roles;
        double width = table.getWidth() <= 0 ? naturalNameWidth
                : Math.min(naturalNameWidth, Math.max(NARROWEST_NAME_COLUMN * scale(), spare));
        nameColumn.setPrefWidth(Math.floor(width));
    }

    /** The width the columns ask for with every name on one line: the grid needs this much not to wrap or scroll. */
    public double naturalColumnsWidth() {
        return naturalNameWidth + table.getColumns().stream().filter(c -> c != nameColumn)
                .mapToDouble(TableColumn::getPrefWidth).sum() + FRAME;
    }

    /** The width the roles need beside the narrowest name column: below it the grid scrolls sideways. */
    public double narrowestColumnsWidth() {
        return NARROWEST_NAME_COLUMN * scale() + table.getColumns().stream().filter(c -> c != nameColumn)
                .mapToDouble(TableColumn::getPrefWidth).sum() + FRAME;
    }

    /** The zoom (at this type scale) at which the columns, names on one line, just fill a width. */
    public double zoomToFit(double width) {
        return zoom * width / naturalColumnsWidth();
    }

    /**
     * As wide as the role's label in the header's bold type plus the header's padding (the theme pads the header's
     * label and the label inside it by half an em on each side: 30 px) and a margin for other systems' fonts; never
     * narrower than a letter cell needs.
     */
    private double roleWidth(Role role) {
        return Math.max(64, Math.ceil(textWidth(role.shortLabel(), FontWeight.BOLD, HEADING_TYPE)) + 44) * scale();
    }

    /** The width of a text at the grid's laptop type sizes (workshop.css); presentation mode scales the result. */
    private double textWidth(String text, FontWeight weight, double size) {
        return TextWidth.of(text, Font.font(Font.getDefault().getFamily(), weight, size));
    }

    private void rebuildColumns(List<Role> roles) {
        shownRoles = roles;
        List<TableColumn<MatrixRow, ?>> columns = new java.util.ArrayList<>();
        columns.add(nameColumn);
        for (Role role : roles) {
            columns.add(roleColumn(role));
        }
        table.getColumns().setAll(columns);
        fitNameColumn();
    }

    private TableColumn<MatrixRow, MatrixRow> roleColumn(Role role) {
        TableColumn<MatrixRow, MatrixRow> column = new TableColumn<>();
        column.setId(ROLE_COLUMN_PREFIX + role.id());
        column.setUserData(role.id());
        Label header = new Label(role.shortLabel());
        HoverTooltip.install(header, () -> role.name() + " (" + role.side().label() + ")");
        header.getStyleClass().add("role-header");
        column.setGraphic(header);
        column.setPrefWidth(roleWidth(role));
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new LetterCell(role.id()));
        MenuItem rename = new MenuItem("Rename or change role…");
        rename.setOnAction(e -> actions.editRole(role.id()));
        MenuItem left = new MenuItem("Move left");
        left.setOnAction(e -> model.moveRole(role.id(), -1));
        MenuItem right = new MenuItem("Move right");
        right.setOnAction(e -> model.moveRole(role.id(), +1));
        MenuItem remove = new MenuItem("Remove role…");
        remove.setOnAction(e -> actions.removeRole(role.id()));
        column.setContextMenu(new ContextMenu(rename, left, right, new SeparatorMenuItem(), remove));
        return column;
    }

    // ---- keyboard ----

    /** The keys the grid itself answers (below), for the keyboard sheet: keep both in step. */
    public static final List<ShortcutSheet.Row> KEYS = List.of(
            new ShortcutSheet.Row("Arrow keys", "Move around the matrix"),
            new ShortcutSheet.Row("R  A  C  I", "Set the letter of the selected cell"),
            new ShortcutSheet.Row("Delete, Backspace", "Clear the selected cell"),
            new ShortcutSheet.Row("Enter", "Rename the selected activity or group"));

    private void onKey(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        TablePosition<MatrixRow, ?> focus = table.getFocusModel().getFocusedCell();
        if (focus == null || focus.getRow() < 0 || focus.getRow() >= rows.size()) {
            return;
        }
        MatrixRow row = rows.get(focus.getRow());
        Object roleId = focus.getTableColumn() == null ? null : focus.getTableColumn().getUserData();
        if (event.getCode() == KeyCode.ENTER) {
            if (row instanceof ActivityRow a) {
                actions.renameActivity(a.activityId());
            } else if (row instanceof GroupHeading g) {
                actions.renameGroup(g.group());
            }
            event.consume();
            return;
        }
        if (!(row instanceof ActivityRow activity) || !(roleId instanceof UUID role)) {
            return;
        }
        if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
            layer.set(activity.activityId(), role, null);
            event.consume();
            return;
        }
        // The key code, not the event text: it is the same whatever the keyboard layout reports as text.
        Optional<Raci> letter = event.getCode().isLetterKey() ? Raci.fromTyped(event.getCode().getChar()) : Optional.empty();
        if (letter.isPresent()) {
            layer.set(activity.activityId(), role, letter.get());
            event.consume();
        }
    }

    // ---- the name column stays in view ----

    /**
     * The grid: a table whose activity-name column stays at the left edge when the grid scrolls sideways (a dozen
     * roles on a projector). JavaFX tables have no fixed columns; the name cells and their header are moved back by
     * the horizontal scroll and drawn over the letter cells. A second table for the names would have to keep rows,
     * heights, selection and keys in step with this one; this keeps one table and one focus model.
     */
    private final class Grid extends TableView<MatrixRow> {
        private ScrollBar sideways;
        private Node nameHeader;

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (sideways == null) {
                for (Node bar : lookupAll(".scroll-bar")) {
                    if (bar instanceof ScrollBar found && found.getOrientation() == Orientation.HORIZONTAL
                            && found.getParent() instanceof VirtualFlow<?>) {
                        sideways = found;
                        scrolledSideways.bind(Bindings.createDoubleBinding(
                                () -> found.isVisible() ? found.getValue() : 0, found.valueProperty(), found.visibleProperty()));
                    }
                }
            }
            // Headers are made again when the columns change: find the name column's each time it is gone.
            if (nameHeader == null || nameHeader.getScene() == null
                    || ((TableColumnHeader) nameHeader).getTableColumn() != nameColumn) {
                nameHeader = null;
                Node headerRow = lookup(".column-header-background");
                Parent headers = headerRow == null ? null : headerRow.getParent();
                if (headers != null) {
                    for (Node header : headers.lookupAll(".column-header")) {
                        if (header instanceof TableColumnHeader h && h.getTableColumn() == nameColumn) {
                            nameHeader = header;
                            header.setViewOrder(-1);
                            header.translateXProperty().bind(scrolledSideways);
                        }
                    }
                }
            }
        }

        ScrollBar sideways() {
            return sideways;
        }
    }

    /**
     * Moving left with the keys, the table scrolls a column to its left edge, which is under the pinned names: it is
     * scrolled on until the column is clear of them.
     */
    private void keepFocusedColumnClearOfNames() {
        TablePosition<MatrixRow, ?> focus = table.getFocusModel().getFocusedCell();
        ScrollBar sideways = table.sideways();
        if (focus == null || focus.getTableColumn() == null || focus.getTableColumn() == nameColumn
                || sideways == null || !sideways.isVisible()) {
            return;
        }
        double start = 0;
        for (TableColumn<MatrixRow, ?> column : table.getVisibleLeafColumns()) {
            if (column == focus.getTableColumn()) {
                break;
            }
            start += column.getWidth();
        }
        double namesEnd = sideways.getValue() + nameColumn.getWidth();
        if (start < namesEnd) {
            sideways.setValue(Math.max(sideways.getMin(), start - nameColumn.getWidth()));
        }
    }

    // ---- cells ----

    /**
     * A cell that redraws itself when the workshop changes, instead of the whole grid being rebuilt: typing a letter
     * then costs a few label updates, not new cells. Menus are built when asked for, not on every redraw.
     */
    /** The grid's menu on show, if any: only one is open at a time. */
    private ContextMenu showing;

    /** Shows a cell's menu (letters, or a row's rename/move/remove), closing any other the grid has open. */
    private void showLetterMenu(MatrixCell cell, MatrixRow row, double screenX, double screenY) {
        if (showing != null && showing.getOwnerNode() == cell) {
            return; // already open here: a right-click brings both a menu request and a click
        }
        ContextMenu menu = cell.menuFor(row);
        if (menu != null) {
            if (showing != null) {
                showing.hide();
            }
            showing = menu;
            menu.setOnHidden(hidden -> showing = null);
            menu.show(cell, screenX, screenY);
        }
    }

    private abstract class MatrixCell extends TableCell<MatrixRow, MatrixRow> {
        private final javafx.beans.InvalidationListener redraw = changed -> render(getItem(), isEmpty());

        MatrixCell() {
            model.workshopProperty().addListener(new javafx.beans.WeakInvalidationListener(redraw));
            setOnContextMenuRequested(e -> {
                if (getItem() != null && !isEmpty()) {
                    showLetterMenu(this, getItem(), e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(MatrixRow row, boolean empty) {
            super.updateItem(row, empty);
            render(row, empty);
        }

        abstract void render(MatrixRow row, boolean empty);

        abstract ContextMenu menuFor(MatrixRow row);
    }

    private final class NameCell extends MatrixCell {
        private String fullText; // the name and description, for the tooltip; null on a heading or an empty row
        private final HoverTooltip fullName = HoverTooltip.install(this, () -> fullText);

        NameCell() {
            getStyleClass().add(NAME_CELL_STYLE);
            wrapTextProperty().bind(namesWrap);
            // Pinned: moved back by as much as the grid is scrolled sideways, and drawn over the letter cells.
            translateXProperty().bind(scrolledSideways);
            setViewOrder(-1);
        }

        /**
         * A table row asks its cells for their height without a width; a wrapped name needs its column's. Three lines
         * at most: the name column is squeezed to its narrowest only when the roles need the width (the agenda
         * unfolded at 1280×720), and there a long name ("Configuration and deployment of marketing technology")
         * needs three; capped at two, JavaFX cut it to one line and "…". A longer name still ends in "…" and shows
         * whole on hover. At its natural width every name keeps to one or two lines, so the rows in view stay many.
         */
        @Override
        protected double computePrefHeight(double width) {
            double oneLine = super.computePrefHeight(-1);
            if (!isWrapText()) {
                return oneLine;
            }
            double wrapped = super.computePrefHeight(width < 0 && getTableColumn() != null ? getTableColumn().getWidth() : width);
            double lineHeight = oneLine - snappedTopInset() - snappedBottomInset();
            double lines = Math.min(wrapped, oneLine + lineHeight * 2);
            // Some room over what wrapped lines measure: laid out, they sit a little further apart than one line
            // measures, and at the measured height the label dropped the last line and ended the one before in "…".
            // A name on one line needs none (its row keeps the grid's row height).
            return lines > oneLine + 0.5 ? lines + lineHeight * 0.4 : lines;
        }

        @Override
        void render(MatrixRow row, boolean empty) {
            fullText = null;
            pseudoClassStateChanged(GROUP_HEADING_STATE, !empty && row instanceof GroupHeading);
            if (empty || row == null) {
                setText(null);
            } else if (row instanceof GroupHeading g) {
                setText(g.group());
            } else if (row instanceof ActivityRow a) {
                Optional<Activity> activity = model.workshop().activity(a.activityId());
                setText(activity.map(Activity::name).orElse(""));
                // A name too long for the column is shown whole on hover.
                fullText = activity.map(found -> found.description().isEmpty() ? found.name()
                        : found.name() + "\n\n" + found.description()).orElse("");
            }
            fullName.refresh();
        }

        @Override
        ContextMenu menuFor(MatrixRow row) {
            if (row instanceof GroupHeading g) {
                return groupMenu(g.group());
            }
            return row instanceof ActivityRow a ? activityMenu(a.activityId()) : null;
        }
    }

    private ContextMenu activityMenu(UUID activityId) {
        return rowMenu("Rename…", () -> actions.renameActivity(activityId), "Move up", "Move down",
                step -> model.moveActivity(activityId, step), "Remove activity…", () -> actions.removeActivity(activityId));
    }

    private ContextMenu groupMenu(String group) {
        return rowMenu("Rename group…", () -> actions.renameGroup(group), "Move group up", "Move group down",
                step -> model.moveGroup(group, step), "Remove group", () -> actions.removeGroup(group));
    }

    /** Rename, move up, move down, remove: the menu every row of the grid has. */
    private static ContextMenu rowMenu(String renameText, Runnable rename, String upText, String downText,
                                       java.util.function.IntConsumer move, String removeText, Runnable remove) {
        MenuItem renameItem = new MenuItem(renameText);
        renameItem.setOnAction(e -> rename.run());
        MenuItem up = new MenuItem(upText);
        up.setOnAction(e -> move.accept(-1));
        MenuItem down = new MenuItem(downText);
        down.setOnAction(e -> move.accept(+1));
        MenuItem removeItem = new MenuItem(removeText);
        removeItem.setOnAction(e -> remove.run());
        return new ContextMenu(renameItem, up, down, new SeparatorMenuItem(), removeItem);
    }

    /** One letter, colour-coded by pseudo-class and always shown as the letter itself, so colour is never needed. */
    private final class LetterCell extends MatrixCell {
        private final UUID roleId;
        private boolean selectedBeforePress;
        /** "Changed since Round 1: was A", while the cell differs from the last round; null otherwise. */
        private String changedText;
        private final HoverTooltip changedTip = HoverTooltip.install(this, () -> changedText);

        LetterCell(UUID roleId) {
            this.roleId = roleId;
            getStyleClass().add("letter-cell");
            // The press selects the cell before the click arrives, so "was it selected?" is asked at the press, in
            // a filter that runs before the table's own handling: one click selects, a click on the cell that was
            // already selected opens the menu.
            addEventFilter(MouseEvent.MOUSE_PRESSED, e -> selectedBeforePress = isSelected());
            setOnMouseClicked(e -> {
                // Any click count: the second click of a quick double-click is on a cell selected by the first.
                if (e.getButton() == MouseButton.PRIMARY && getItem() instanceof ActivityRow && selectedBeforePress
                        && isSelected() && e.isStillSincePress()) {
                    showLetterMenu(this, getItem(), e.getScreenX(), e.getScreenY());
                }
                // Some systems (and the headless test platform) send no menu request for a right-click.
                if (e.getButton() == MouseButton.SECONDARY && getItem() instanceof ActivityRow) {
                    showLetterMenu(this, getItem(), e.getScreenX(), e.getScreenY());
                }
            });
        }

        @Override
        void render(MatrixRow row, boolean empty) {
            Raci shown = empty || !(row instanceof ActivityRow activity) ? null
                    : layer.letter(model.workshop(), activity.activityId(), roleId).orElse(null);
            setText(shown == null ? null : shown.letter());
            for (Raci letter : Raci.values()) {
                pseudoClassStateChanged(letterState(letter), letter == shown);
            }
            pseudoClassStateChanged(GROUP_FILLER_STATE, !empty && row instanceof GroupHeading);
            markIfChanged(empty || !(row instanceof ActivityRow a) ? null : a.activityId(), shown);
        }

        private void markIfChanged(UUID activityId, Raci shown) {
            RoundComparison since = marksChanges ? model.sinceLastRoundProperty().get() : null;
            Cell cell = activityId == null ? null : new Cell(activityId, roleId);
            boolean changed = since != null && cell != null && since.changed(cell, shown);
            pseudoClassStateChanged(CHANGED_STATE, changed);
            changedText = changed ? "Changed since " + since.from().name() + ": was "
                    + since.letterThen(cell).map(Raci::letter).orElse("empty") : null;
            changedTip.refresh();
        }

        /** The tooltip's text while the cell is marked as changed since the last round; null when it is not. */
        String changedText() {
            return changedText;
        }

        @Override
        ContextMenu menuFor(MatrixRow row) {
            if (!(row instanceof ActivityRow activity)) {
                return null;
            }
            ContextMenu menu = new ContextMenu();
            // The letter keys work as in the grid and close the menu, so the next arrow key moves in the grid again
            // (an open menu took Up and Down for itself, and the next letters landed in the same row).
            menu.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                Optional<Raci> typed = e.getCode().isLetterKey() ? Raci.fromTyped(e.getCode().getChar()) : Optional.empty();
                boolean clear = e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE;
                if (typed.isPresent() || clear) {
                    layer.set(activity.activityId(), roleId, typed.orElse(null));
                    menu.hide();
                    e.consume();
                }
            });
            for (Raci letter : Raci.values()) {
                menu.getItems().add(letterItem(letter.letter() + "  " + letter.meaning(),
                        x -> layer.set(activity.activityId(), roleId, letter)));
            }
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().add(letterItem("Clear", x -> layer.set(activity.activityId(), roleId, null)));
            return menu;
        }
    }

    private static MenuItem letterItem(String text, Consumer<Void> action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.accept(null));
        return item;
    }

    /** The legend's style class for a letter's colours; {@link #letterState} is the grid cells' equivalent. */
    public static String letterStyle(Raci letter) {
        return "raci-" + letter.letter().toLowerCase();
    }

    /**
     * The grid cell's pseudo-class for a letter ({@code :raci-r} …). Cells change letter on every edit and on every
     * scroll; a pseudo-class only switches between styles the cell already has, where a style class makes JavaFX
     * match the cell against every stylesheet again, at once (that made opening a big workshop 0.1 s slower).
     */
    static PseudoClass letterState(Raci letter) {
        return LETTER_STATES.get(letter);
    }

    private static final Map<Raci, PseudoClass> LETTER_STATES = new EnumMap<>(Raci.class);

    static {
        for (Raci letter : Raci.values()) {
            LETTER_STATES.put(letter, PseudoClass.getPseudoClass(letterStyle(letter)));
        }
    }
}
