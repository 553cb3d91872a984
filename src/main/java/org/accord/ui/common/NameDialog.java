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
        return ask(owner, title, prompt, initial, Function.identity(), problem);
    }

    /**
     * Asks for a name and gives what it makes (an edit, say), built once from the typed text: the value checked as
     * the facilitator types is the value OK gives.
     *
     * @param result  the value a name makes
     * @param problem given that value, the reason it is refused, or empty when it is fine
     */
    public static <T> Optional<T> ask(Window owner, String title, String prompt, String initial,
                                      Function<String, T> result, Function<T, Optional<String>> problem) {
        TextField field = new TextField(initial);
        field.setId(FIELD_ID);
        field.setPrefColumnCount(32);
        Platform.runLater(() -> Platform.runLater(field::selectAll)); // after the form has given it the focus
        return FormDialog.ask(owner, title, prompt, MESSAGE_ID, List.of(new FormDialog.Row(null, field)), field,
                () -> result.apply(field.getText()), problem, field.textProperty());
    }
}
