package org.accord.ui.workshop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.accord.domain.WorkshopMerge.Conflict;
import org.accord.domain.WorkshopMerge.Keep;

/**
 * Two facilitators changed the same cell (or the same whole: an activity's details, the roles) differently, and the
 * save here was refused so nothing of theirs was written over: this lists each such cell with both versions, yours
 * and theirs, and the facilitator picks one for each (docs/decisions/0016). Keyboard: Tab moves from choice to
 * choice, the arrow keys and Space pick, Enter saves once each has a choice, Esc decides later (the edits stay,
 * unsaved). Nothing is saved here: the choice goes back to the screen's model, which saves it through the same
 * version check as every save.
 */
public final class ConflictChooserDialog {
    /** A conflict's radio buttons: {@code conflictMine-0}, {@code conflictTheirs-0}, in the order listed. */
    public static final String MINE_PREFIX = "conflictMine-";
    public static final String THEIRS_PREFIX = "conflictTheirs-";
    /** A conflict's name: {@code conflictWhat-0}. */
    public static final String WHAT_PREFIX = "conflictWhat-";
    public static final String ALL_MINE_ID = "conflictAllMine";
    public static final String ALL_THEIRS_ID = "conflictAllTheirs";
    public static final String SAVE_TEXT = "Save my choices";
    public static final String LATER_TEXT = "Later";

    private static final String UNFOCUSED = "-fx-border-color: transparent; -fx-border-width: 2;"
            + " -fx-border-radius: 4; -fx-padding: 2 4 2 4;";
    private static final String FOCUSED = "-fx-border-color: -color-accent-emphasis; -fx-border-width: 2;"
            + " -fx-border-radius: 4; -fx-padding: 2 4 2 4;";

    private ConflictChooserDialog() {
    }

    /**
     * The facilitator's choice for each conflict, by {@link Conflict#key}; empty when they chose to decide later.
     *
     * @param theirsWho who saved theirs, if known ("maria on LAPTOP-7"), or empty
     */
    public static Optional<Map<String, Keep>> choose(Window owner, List<Conflict> conflicts, String theirsWho) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Choose between two versions");
        String who = theirsWho.isBlank() ? "Another facilitator" : theirsWho;
        dialog.setHeaderText(who + " saved " + (conflicts.size() == 1 ? "a different version of what you changed"
                : "different versions of " + conflicts.size() + " things you changed") + " while your edits were"
                + " waiting to be saved.\nChoose which version to keep for each. Everything else either of you"
                + " changed is kept as it is.");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("conflict-grid");
        grid.setHgap(16);
        grid.setVgap(8);
        grid.setPadding(new Insets(4));
        ColumnConstraints whatColumn = new ColumnConstraints(200, 340, 420);
        ColumnConstraints versionColumn = new ColumnConstraints(140, 220, Double.MAX_VALUE);
        versionColumn.setHgrow(Priority.ALWAYS);
        ColumnConstraints theirsColumn = new ColumnConstraints(140, 220, Double.MAX_VALUE);
        theirsColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(whatColumn, versionColumn, theirsColumn);
        grid.add(heading("Changed by you both"), 0, 0);
        grid.add(heading("Yours"), 1, 0);
        grid.add(heading(theirsWho.isBlank() ? "Theirs" : "Theirs (" + theirsWho + ")"), 2, 0);

        List<ToggleGroup> groups = new ArrayList<>();
        List<RadioButton> mine = new ArrayList<>();
        List<RadioButton> theirs = new ArrayList<>();
        for (int i = 0; i < conflicts.size(); i++) {
            Conflict conflict = conflicts.get(i);
            Label what = new Label(capitalised(conflict.what()));
            what.setId(WHAT_PREFIX + i);
            what.setWrapText(true);
            ToggleGroup group = new ToggleGroup();
            RadioButton keepMine = choice(conflict.mine(), MINE_PREFIX + i, conflict, group);
            RadioButton keepTheirs = choice(conflict.theirs(), THEIRS_PREFIX + i, conflict, group);
            keepMine.setUserData(Keep.MINE);
            keepTheirs.setUserData(Keep.THEIRS);
            what.setLabelFor(keepMine);
            grid.add(what, 0, i + 1);
            grid.add(keepMine, 1, i + 1);
            grid.add(keepTheirs, 2, i + 1);
            GridPane.setHalignment(what, HPos.LEFT);
            groups.add(group);
            mine.add(keepMine);
            theirs.add(keepTheirs);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(880);
        // Every row in sight up to about six (a cell's name may take two lines); more scroll, and the buttons stay
        // in sight on a 720 px screen.
        scroll.setPrefViewportHeight(Math.min(48 + 58.0 * conflicts.size(), 360));
        scroll.setMinViewportHeight(Math.min(48 + 58.0 * conflicts.size(), 200));

        Button allMine = new Button("Keep all mine");
        allMine.setId(ALL_MINE_ID);
        allMine.setOnAction(e -> mine.forEach(r -> r.setSelected(true)));
        Button allTheirs = new Button("Keep all theirs");
        allTheirs.setId(ALL_THEIRS_ID);
        allTheirs.setOnAction(e -> theirs.forEach(r -> r.setSelected(true)));
        Label after = new Label("Your other edits are saved with your choice. \u201cLater\u201d keeps your edits"
                + " unsaved until you choose (the button beside \u201cNot saved\u201d brings this back).");
        after.setWrapText(true);
        VBox content = new VBox(10, scroll, new HBox(8, allMine, allTheirs), after);
        dialog.getDialogPane().setContent(content);
        // The dialog's own size follows its content, not the header's first guess: the rows are what must fit.
        // A minimum, not a preferred width: the theme's style sheet sets the dialog's preferred size, which wins over
        // a value set here, and left the choices squeezed into two lines each at 600 px.
        dialog.getDialogPane().setMinWidth(Math.min(940, owner == null ? 940 : owner.getWidth() - 40));
        dialog.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setResizable(true);

        ButtonType save = new ButtonType(SAVE_TEXT, ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(LATER_TEXT, ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, later);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        // Every conflict needs a choice: nothing is kept or dropped by default.
        BooleanBinding allChosen = Bindings.createBooleanBinding(
                () -> groups.stream().allMatch(g -> g.getSelectedToggle() != null),
                groups.stream().map(ToggleGroup::selectedToggleProperty).toArray(javafx.beans.Observable[]::new));
        saveButton.disableProperty().bind(allChosen.not());
        dialog.setResultConverter(button -> button == save);
        // Enter saves from anywhere once each conflict has a choice: a radio button keeps Enter to itself otherwise.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !saveButton.isDisabled() && !(e.getTarget() instanceof Button)) {
                e.consume();
                saveButton.fire();
            }
        });
        Platform.runLater(() -> {
            if (!mine.isEmpty()) {
                mine.get(0).requestFocus();
            }
        });
        if (!dialog.showAndWait().orElse(false)) {
            return Optional.empty();
        }
        Map<String, Keep> chosen = new LinkedHashMap<>();
        for (int i = 0; i < conflicts.size(); i++) {
            chosen.put(conflicts.get(i).key(), (Keep) groups.get(i).getSelectedToggle().getUserData());
        }
        return Optional.of(chosen);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("conflict-heading");
        label.setWrapText(true);
        return label;
    }

    private static RadioButton choice(String version, String id, Conflict conflict, ToggleGroup group) {
        RadioButton button = new RadioButton(version);
        button.setId(id);
        button.setToggleGroup(group);
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAccessibleHelp(conflict.what());
        // The theme's focus mark on a radio button is faint; from the keyboard the facilitator must see where it is.
        button.setStyle(UNFOCUSED);
        button.focusedProperty().addListener((obs, was, now) -> button.setStyle(now ? FOCUSED : UNFOCUSED));
        return button;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
