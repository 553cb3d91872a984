package org.accord.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Asks for one name and refuses a bad one at the field, with the view model's rules. */
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
        TextField field = new TextField(initial);
        field.setId(FIELD_ID);
        field.setPrefColumnCount(32);
        Platform.runLater(() -> Platform.runLater(field::selectAll)); // after the form has given it the focus
        return FormDialog.ask(owner, title, prompt, MESSAGE_ID, List.of(new FormDialog.Row(null, field)), field,
                field::getText, problem, field.textProperty());
    }
}
