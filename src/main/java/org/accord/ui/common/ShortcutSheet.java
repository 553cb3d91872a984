package org.accord.ui.common;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The keyboard-shortcut sheet (F1): everything the facilitator can do without the mouse, on one page. */
public final class ShortcutSheet {
    public static final String ID = "shortcutSheet";

    private static final String[][] SHORTCUTS = {
            {"Arrow keys", "Move around the matrix"},
            {"R  A  C  I", "Set the letter of the selected cell"},
            {"Delete, Backspace", "Clear the selected cell"},
            {"Enter", "Rename the selected activity or group"},
            {"Alt+Up, Alt+Down", "Move the activity up or down in its group"},
            {"Alt+Left, Alt+Right", "Move the role's column left or right"},
            {"Ctrl+Z", "Undo"},
            {"Ctrl+Shift+Z, Ctrl+Y", "Redo"},
            {"Ctrl+N", "Add an activity"},
            {"Ctrl+P", "Export the PDF report"},
            {"Ctrl+W", "Back to the list of workshops"},
            {"Enter (in the list)", "Open the selected workshop"},
            {"F1", "This sheet"},
    };

    private ShortcutSheet() {
    }

    public static void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.setId(ID);
        grid.setHgap(24);
        grid.setVgap(6);
        for (int row = 0; row < SHORTCUTS.length; row++) {
            Label key = new Label(SHORTCUTS[row][0]);
            key.setStyle("-fx-font-weight: bold;");
            grid.addRow(row, key, new Label(SHORTCUTS[row][1]));
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }
}
