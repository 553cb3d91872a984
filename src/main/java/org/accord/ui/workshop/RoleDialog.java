package org.accord.ui.workshop;

import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.accord.domain.Edit;
import org.accord.domain.Role;
import org.accord.domain.Side;
import org.accord.ui.common.FieldCheck;

/** Adds or changes a role: name, short label and side, checked as the facilitator types. */
final class RoleDialog {
    static final String NAME_ID = "roleName";
    static final String LABEL_ID = "roleLabel";

    /** The three fields, to build the edit from. */
    record RoleFields(String name, String label, Side side) {
    }

    private RoleDialog() {
    }

    static Optional<Edit> ask(Window owner, String title, Role initial, Function<RoleFields, Edit> toEdit,
                              WorkshopViewModel model) {
        Dialog<Edit> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        TextField name = new TextField(initial == null ? "" : initial.name());
        name.setId(NAME_ID);
        name.setPrefColumnCount(28);
        TextField label = new TextField(initial == null ? "" : initial.shortLabel());
        label.setId(LABEL_ID);
        label.setPromptText("e.g. CIO");
        ChoiceBox<Side> side = new ChoiceBox<>();
        side.getItems().setAll(Side.values());
        side.setValue(initial == null ? Side.BUSINESS : initial.side());
        Label message = FieldCheck.messageLabel("roleMessage");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Short label"), label);
        grid.addRow(2, new Label("Side"), side);
        grid.add(message, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType("OK", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        FieldCheck.attach(dialog, ok, message,
                () -> model.problemWith(toEdit.apply(new RoleFields(name.getText(), label.getText(), side.getValue()))),
                name.textProperty(), label.textProperty(), side.valueProperty());
        dialog.setResultConverter(button -> button == ok
                ? toEdit.apply(new RoleFields(name.getText(), label.getText(), side.getValue())) : null);
        Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }
}
