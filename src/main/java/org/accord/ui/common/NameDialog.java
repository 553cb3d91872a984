package org.accord.ui.common;

import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for one name and refuses a bad one at the field: the message shows under it as the facilitator types, and
 * OK stays disabled until the name is accepted. The check is the view model's, so the rules live in one place.
 */
public final class NameDialog {
    public static final String FIELD_ID = "nameField";
    public static final String MESSAGE_ID = "nameMessage";

    private NameDialog() {
    }

    /**
     * @param problem given the typed text, the reason it is refused, or empty when it is fine
     */
    public static Optional<String> ask(Window owner, String title, String prompt, String initial,
                                       Function<String, Optional<String>> problem) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(prompt);
        TextField field = new TextField(initial);
        field.setId(FIELD_ID);
        field.setPrefColumnCount(32);
        Label message = FieldCheck.messageLabel(MESSAGE_ID);
        dialog.getDialogPane().setContent(new VBox(8, field, message));
        ButtonType ok = new ButtonType("OK", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        FieldCheck.attach(dialog, ok, message, () -> problem.apply(field.getText()), field.textProperty());
        dialog.setResultConverter(button -> button == ok ? field.getText() : null);
        Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        });
        return dialog.showAndWait();
    }
}
