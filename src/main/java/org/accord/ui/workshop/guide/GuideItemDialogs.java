package org.accord.ui.workshop.guide;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.accord.domain.Edit;
import org.accord.domain.edit.GuideEdits;
import org.accord.domain.guide.ActionItem;
import org.accord.domain.guide.Guide;
import org.accord.domain.guide.Initiative;
import org.accord.domain.guide.Participant;
import org.accord.domain.guide.Portfolio;
import org.accord.ui.common.DateFields;
import org.accord.ui.common.FormDialog;

/**
 * Editing an action item or an initiative after it was added: every field, in a dialog that refuses a blank name or
 * a text that is no date as it is typed, and gives back one undoable change.
 */
public final class GuideItemDialogs {
    public static final String ACTION_WHAT_ID = "editActionWhat";
    public static final String ACTION_OWNER_ID = "editActionOwner";
    public static final String ACTION_DUE_ID = "editActionDue";
    public static final String ACTION_DONE_ID = "editActionDone";
    public static final String INITIATIVE_NAME_ID = "editInitiativeName";
    public static final String INITIATIVE_PORTFOLIO_ID = "editInitiativePortfolio";
    public static final String INITIATIVE_ONGOING_ID = "editInitiativeOngoing";

    private GuideItemDialogs() {
    }

    /** An owner box: the participants' names to pick from, or any name typed. */
    static ComboBox<String> ownerBox(Guide guide, String current) {
        ComboBox<String> owner = new ComboBox<>();
        owner.setEditable(true);
        owner.getItems().setAll(guide.participants().stream().map(Participant::name).distinct().toList());
        owner.getEditor().setText(current);
        owner.setPromptText("Who");
        return owner;
    }

    static Optional<Edit> editAction(Window owner, GuideViewModel model, ActionItem item) {
        TextField what = new TextField(item.what());
        what.setId(ACTION_WHAT_ID);
        what.setPrefColumnCount(28);
        ComboBox<String> who = ownerBox(model.guide(), item.owner());
        who.setId(ACTION_OWNER_ID);
        DatePicker due = new DatePicker(item.due());
        due.setId(ACTION_DUE_ID);
        DateFields dates = DateFields.forThisMachine();
        dates.install(due, null);
        CheckBox done = new CheckBox("Done");
        done.setId(ACTION_DONE_ID);
        done.setSelected(item.done());
        return FormDialog.ask(owner, "Edit action item", "Edit action item", "editActionMessage",
                List.of(new FormDialog.Row("What", what), new FormDialog.Row("Owner", who),
                        new FormDialog.Row("Due", due), new FormDialog.Row(null, done)),
                what,
                () -> {
                    ActionItem edited = item.edited(what.getText(), who.getEditor().getText(), dates.valueOf(due),
                            done.isSelected());
                    return GuideEdits.changeAction(item.id(), edited);
                },
                model::problemWith, what.textProperty(), who.getEditor().textProperty(), due.valueProperty(),
                due.getEditor().textProperty(), done.selectedProperty());
    }

    static Optional<Edit> editInitiative(Window owner, GuideViewModel model, Initiative initiative) {
        TextField name = new TextField(initiative.name());
        name.setId(INITIATIVE_NAME_ID);
        name.setPrefColumnCount(28);
        ChoiceBox<Portfolio> portfolio = new ChoiceBox<>();
        portfolio.getItems().setAll(Portfolio.values());
        portfolio.setValue(initiative.portfolio());
        portfolio.setId(INITIATIVE_PORTFOLIO_ID);
        CheckBox ongoing = new CheckBox("Ongoing (not only planned)");
        ongoing.setSelected(initiative.ongoing());
        ongoing.setId(INITIATIVE_ONGOING_ID);
        return FormDialog.ask(owner, "Edit initiative", "Edit initiative", "editInitiativeMessage",
                List.of(new FormDialog.Row("Name", name), new FormDialog.Row("Portfolio", portfolio),
                        new FormDialog.Row(null, ongoing)),
                name,
                () -> {
                    Initiative edited = initiative.edited(name.getText(), portfolio.getValue(), ongoing.isSelected());
                    return GuideEdits.changeInitiative(initiative, edited);
                },
                model::problemWith, name.textProperty(), portfolio.valueProperty(), ongoing.selectedProperty());
    }
}
