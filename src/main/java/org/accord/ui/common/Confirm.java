package org.accord.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks before a step the facilitator may regret. The button that does it says what it does; Cancel is the default
 * (Enter), so a hurried Enter in front of the room never deletes a workshop or agrees a broken row.
 */
public final class Confirm {
    public static final String YES_ID = "confirmYes";
    public static final String CANCEL_ID = "confirmCancel";

    private Confirm() {
    }

    /** True when the facilitator chose {@code doIt}. */
    public static boolean ask(Window owner, String header, String text, String doIt) {
        ButtonType yes = new ButtonType(doIt, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.CANCEL, yes);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setHeaderText(header);
        Button yesButton = (Button) alert.getDialogPane().lookupButton(yes);
        Button cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        yesButton.setDefaultButton(false);
        yesButton.setId(YES_ID);
        cancel.setDefaultButton(true);
        cancel.setId(CANCEL_ID);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }
}
