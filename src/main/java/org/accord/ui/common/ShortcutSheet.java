package org.accord.ui.common;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The keyboard-shortcut sheet (F1): everything the facilitator can do without the mouse, on one page. It shows the
 * rows it is given; the workshop screen makes them from the table of actions its keys are registered from
 * ({@code WorkshopAction}), so the sheet cannot leave a key out.
 */
public final class ShortcutSheet {
    public static final String ID = "shortcutSheet";

    /** One line of the sheet: the keys as the facilitator presses them ("Ctrl+Z", "Alt+Up, Alt+Down") and what they do. */
    public record Row(String keys, String what) {
    }

    private ShortcutSheet() {
    }

    public static void show(Window owner, List<Row> rows) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.setId(ID);
        grid.setHgap(24);
        grid.setVgap(6);
        for (int row = 0; row < rows.size(); row++) {
            Label key = new Label(rows.get(row).keys());
            key.setStyle("-fx-font-weight: bold;");
            grid.addRow(row, key, new Label(rows.get(row).what()));
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }
}
