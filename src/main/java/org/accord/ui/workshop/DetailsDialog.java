package org.accord.ui.workshop;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.accord.domain.Edit;
import org.accord.domain.ValidationException;
import org.accord.domain.Workshop;
import org.accord.domain.WorkshopDetails;
import org.accord.ui.common.FieldCheck;

/** Edits the workshop's details and the limit of Consulted roles per activity. */
final class DetailsDialog {
    static final String TITLE_ID = "detailsTitle";

    private DetailsDialog() {
    }

    static Optional<Edit> ask(Window owner, WorkshopViewModel model) {
        Workshop w = model.workshop();
        WorkshopDetails d = w.details();
        Dialog<Edit> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Workshop details");
        dialog.setHeaderText("Workshop details");
        TextField title = new TextField(d.title());
        title.setId(TITLE_ID);
        title.setPrefColumnCount(30);
        TextField organization = new TextField(d.organization());
        DatePicker date = new DatePicker(d.date());
        TextField facilitator = new TextField(d.facilitator());
        TextArea notes = new TextArea(d.notes());
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        Spinner<Integer> limit = new Spinner<>(0, 20, w.consultedLimit());
        Label message = FieldCheck.messageLabel("detailsMessage");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("Organization"), organization);
        grid.addRow(2, new Label("Date"), date);
        grid.addRow(3, new Label("Facilitator"), facilitator);
        grid.addRow(4, new Label("Notes"), notes);
        grid.addRow(5, new Label("Most Consulted (C) per activity"), limit);
        grid.add(message, 0, 6, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType("OK", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        java.util.function.Supplier<Edit> edit = () -> model.changeDetails(new WorkshopDetails(title.getText(),
                organization.getText(), date.getValue(), facilitator.getText(), notes.getText()), limit.getValue());
        FieldCheck.attach(dialog, ok, message, () -> model.problemWith(edit.get()), title.textProperty(),
                organization.textProperty(), facilitator.textProperty(), notes.textProperty(), date.valueProperty(),
                limit.valueProperty());
        dialog.setResultConverter(button -> {
            if (button != ok) {
                return null;
            }
            try {
                return edit.get();
            } catch (ValidationException e) {
                return null;
            }
        });
        return dialog.showAndWait();
    }
}
