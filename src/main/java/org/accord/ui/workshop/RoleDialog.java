package org.accord.ui.workshop;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.accord.domain.Edit;
import org.accord.domain.Role;
import org.accord.domain.Side;
import org.accord.ui.common.FormDialog;
import org.accord.ui.workshop.model.WorkshopViewModel;

/** Adds or changes a role: name, short label and side, checked as the facilitator types. */
public final class RoleDialog {
    public static final String NAME_ID = "roleName";
    public static final String LABEL_ID = "roleLabel";
    public static final String MESSAGE_ID = "roleMessage";

    /** The three fields, to build the edit from. */
    record RoleFields(String name, String label, Side side) {
    }

    private RoleDialog() {
    }

    static Optional<Edit> ask(Window owner, String title, Role initial, Function<RoleFields, Edit> toEdit,
                              WorkshopViewModel model) {
        TextField name = new TextField(initial == null ? "" : initial.name());
        name.setId(NAME_ID);
        name.setPrefColumnCount(28);
        TextField label = new TextField(initial == null ? "" : initial.shortLabel());
        label.setId(LABEL_ID);
        label.setPromptText("e.g. CIO");
        ChoiceBox<Side> side = new ChoiceBox<>();
        side.getItems().setAll(Side.values());
        side.setValue(initial == null ? Side.BUSINESS : initial.side());
        return FormDialog.ask(owner, title, title, MESSAGE_ID,
                List.of(new FormDialog.Row("Name", name), new FormDialog.Row("Short label", label),
                        new FormDialog.Row("Side", side)),
                name, () -> toEdit.apply(new RoleFields(name.getText(), label.getText(), side.getValue())),
                model::problemWith, name.textProperty(), label.textProperty(), side.valueProperty());
    }
}
