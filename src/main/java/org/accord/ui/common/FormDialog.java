package org.accord.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The one shape every small form in Accord has: labelled fields, a message under them that says what is wrong as
 * the facilitator types ({@link FieldCheck}), OK disabled until nothing is, and the result built from the fields.
 */
public final class FormDialog {
    /** A row of the form; a row without a label lets its control take the whole width. */
    public record Row(String label, Node control) {
    }

    private FormDialog() {
    }

    /**
     * @param result  the value OK gives, read from the fields (may throw ValidationException while they are wrong);
     *                built once per change of the fields, checked, and that same value is what OK gives
     * @param problem what is wrong with a result, or empty
     * @param fields  what to watch for changes
     */
    public static <T> Optional<T> ask(Window owner, String title, String header, String messageId, List<Row> rows,
                                      Node firstFocus, Supplier<T> result, Function<T, Optional<String>> problem,
                                      Observable... fields) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.label() == null) {
                grid.add(row.control(), 0, i, 2, 1);
            } else {
                Label label = new Label(row.label());
                label.setMinWidth(Region.USE_PREF_SIZE); // "Organization", not "Organiza…": the field gives way
                grid.addRow(i, label, row.control());
            }
        }
        Label message = FieldCheck.messageLabel(messageId);
        grid.add(message, 0, rows.size(), 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType("OK", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        // OK gives the very value the last check built and found fine (every field change checks again), so each
        // value is built once: an edit is not made a second time to be applied.
        AtomicReference<T> checked = new AtomicReference<>();
        FieldCheck.attach(dialog, ok, message, () -> {
            checked.set(null); // while the fields are wrong, OK is disabled and there is no value to give
            T value = result.get();
            Optional<String> reason = problem.apply(value);
            if (reason.isEmpty()) {
                checked.set(value);
            }
            return reason;
        }, fields);
        dialog.setResultConverter(button -> button == ok ? checked.get() : null);
        Platform.runLater(firstFocus::requestFocus);
        return dialog.showAndWait();
    }
}
