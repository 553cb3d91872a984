package org.accord.ui.workshop;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asked when the facilitator leaves a workshop (or closes the window) while its last edits could not be saved: a
 * full disk, a locked file. Leaving used to drop them without a word (issue 21); now the room's work can go to a
 * workshop file first, which Accord imports back once the disk is fine.
 */
public final class UnsavedChangesDialog {
    public static final String ID = "unsavedChanges";

    /** What the facilitator chose. */
    enum Choice { SAVE_TO_FILE, STAY, LEAVE }

    static final ButtonType SAVE_TO_FILE = new ButtonType("Save to a file…", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType STAY = new ButtonType("Stay", ButtonBar.ButtonData.CANCEL_CLOSE);
    static final ButtonType LEAVE = new ButtonType("Leave without them", ButtonBar.ButtonData.OTHER);

    private UnsavedChangesDialog() {
    }

    /** @param problem why saving failed, as the save state shows it */
    static Choice ask(Window owner, String problem) {
        Alert alert = new Alert(Alert.AlertType.WARNING,
                "Your last changes are not saved. " + problem + "\n\nSave the workshop to a file to keep them (open it "
                        + "later with \"Import workshop file…\"), stay and let Accord try again, or leave without them.",
                SAVE_TO_FILE, STAY, LEAVE);
        alert.initOwner(owner);
        alert.setHeaderText("Not saved");
        alert.getDialogPane().setId(ID);
        // Leaving without the changes is never the default: Enter keeps them.
        ((Button) alert.getDialogPane().lookupButton(LEAVE)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(SAVE_TO_FILE)).setDefaultButton(true);
        ButtonType chosen = alert.showAndWait().orElse(STAY);
        if (chosen == SAVE_TO_FILE) {
            return Choice.SAVE_TO_FILE;
        }
        return chosen == LEAVE ? Choice.LEAVE : Choice.STAY;
    }
}
