package org.accord.ui.common;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import org.accord.domain.ValidationException;

/**
 * Refuses bad input at the field: as the facilitator types, the reason shows under the fields and OK stays
 * disabled until there is none. The rules are the domain's, asked through the view model.
 */
public final class FieldCheck {
    private FieldCheck() {
    }

    /** A label for the reason, styled as a field message. */
    public static Label messageLabel(String id) {
        Label message = new Label();
        message.setId(id);
        message.getStyleClass().add(Styles.FIELD_MESSAGE);
        message.setWrapText(true);
        return message;
    }

    /**
     * @param problem the reason the fields' current values are refused, or empty; a ValidationException thrown
     *                while building the values counts as a reason too
     */
    public static void attach(Dialog<?> dialog, ButtonType ok, Label message, Supplier<Optional<String>> problem,
                              Observable... fields) {
        Runnable check = () -> {
            Optional<String> reason;
            try {
                reason = problem.get();
            } catch (ValidationException e) {
                reason = Optional.of(e.getMessage());
            }
            message.setText(reason.orElse(""));
            dialog.getDialogPane().lookupButton(ok).setDisable(reason.isPresent());
        };
        for (Observable field : fields) {
            field.addListener(changed -> check.run());
        }
        check.run();
    }
}
