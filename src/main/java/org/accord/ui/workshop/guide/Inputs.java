package org.accord.ui.workshop.guide;

import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionModel;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.accord.domain.Edit;
import org.accord.ui.common.Styles;

/** Small building blocks the step panes share: an "add" field that works with Enter, headings, warnings. */
final class Inputs {
    private Inputs() {
    }

    /**
     * A text field and an Add button: Enter or the button adds, the field empties, and a refused entry keeps the
     * text and shows the reason beside it.
     */
    static HBox addField(String id, String prompt, Function<String, Optional<String>> add) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        Button button = new Button("Add");
        button.setId(id + "Add");
        keepWhole(button);
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        Runnable submit = () -> {
            if (field.getText().isBlank()) {
                return;
            }
            Optional<String> refused = add.apply(field.getText());
            problem.setText(refused.orElse(""));
            if (refused.isEmpty()) {
                field.clear();
            }
        };
        field.setOnAction(e -> submit.run());
        button.setOnAction(e -> submit.run());
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(6, field, button, problem);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    /**
     * Shows new items in a list or table, only if they differ, and keeps the selection on the same thing (matched by
     * {@code key}, since an edited item is a new value): a refresh must not lose the facilitator's place.
     */
    static <T> void showItems(javafx.collections.ObservableList<T> items, javafx.scene.control.SelectionModel<T> selection,
                              java.util.List<T> next, java.util.function.Function<T, Object> key) {
        if (items.equals(next)) {
            return;
        }
        T selected = selection.getSelectedItem();
        items.setAll(next);
        if (selected != null) {
            Object wanted = key.apply(selected);
            next.stream().filter(item -> key.apply(item).equals(wanted)).findFirst().ifPresent(selection::select);
        }
    }

    /**
     * A button that removes the item chosen in a list or table through one guide edit, greyed out while nothing is
     * chosen. {@code removal} gives the edit for the chosen item.
     */
    static <T> Button removeSelected(String label, GuideViewModel model, SelectionModel<T> chosen,
                                     Function<T, Edit> removal) {
        Button remove = new Button(label);
        remove.disableProperty().bind(chosen.selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            T item = chosen.getSelectedItem();
            if (item != null) {
                model.edit(removal.apply(item));
            }
        });
        keepWhole(remove);
        return remove;
    }

    /** Buttons and labels that keep their whole text however narrow the pane or large the type: never "…". */
    static void keepWhole(javafx.scene.control.Control... controls) {
        for (javafx.scene.control.Control c : controls) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
    }

    static Label heading(String text) {
        Label label = new org.accord.ui.common.MeasuredLabel(text); // measured once per width: see MeasuredLabel
        label.getStyleClass().add("pane-heading");
        wrapWhole(label);
        return label;
    }

    /** A label that takes as many lines as its text needs in the width it gets: never "…". */
    static Label wrapWhole(Label label) {
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    static Label muted(String text) {
        Label label = new org.accord.ui.common.MeasuredLabel(text); // measured once per width: see MeasuredLabel
        label.getStyleClass().add(Styles.MUTED);
        wrapWhole(label);
        return label;
    }

    static void warn(Node anywhere, String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
        if (anywhere.getScene() != null) {
            alert.initOwner(anywhere.getScene().getWindow());
        }
        alert.setHeaderText("Not changed");
        alert.showAndWait();
    }
}
