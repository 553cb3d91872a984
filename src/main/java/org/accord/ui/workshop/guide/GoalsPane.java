package org.accord.ui.workshop.guide;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.accord.domain.Edit;
import org.accord.domain.Workshop;
import org.accord.domain.edit.GuideEdits;
import org.accord.domain.guide.Goal;
import org.accord.domain.guide.GoalLink;
import org.accord.domain.guide.Leader;
import org.accord.ui.common.NameDialog;
import org.accord.ui.common.WrappedText;

/**
 * Step 2: the CIO's and the CMO's goals side by side (the 2010 survey lists to start from), and the links between
 * goals that serve the same end, listed in the middle.
 */
public final class GoalsPane implements StepPane {
    public static final String LINK_ID = "linkGoals";
    public static final String LINKS_ID = "goalLinks";

    private final GuideViewModel model;
    private final ListView<Goal> cio = goalList(Leader.CIO);
    private final ListView<Goal> cmo = goalList(Leader.CMO);
    private final ListView<GoalLink> links = new ListView<>();

    GoalsPane(GuideViewModel model) {
        this.model = model;
        links.setId(LINKS_ID);
        links.setCellFactory(list -> WrappedText.listCell(link -> text(link.cioGoal()) + "  ⟷  " + text(link.cmoGoal())));
        links.setPlaceholder(WrappedText.placeholder("No links yet: pick a goal on each side, then \"Link\"."));
        refresh(model.workshop());
    }

    private String text(java.util.UUID goalId) {
        return model.guide().goal(goalId).map(Goal::text).orElse("?");
    }

    private ListView<Goal> goalList(Leader leader) {
        ListView<Goal> list = new ListView<>();
        list.setId("goals-" + leader.name());
        list.setCellFactory(l -> WrappedText.listCell(Goal::text));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                rename(list, list.getSelectionModel().getSelectedItem());
            }
        });
        return list;
    }

    @Override
    public Parent root() {
        Button link = new Button("Link ⟷");
        link.setId(LINK_ID);
        link.setOnAction(e -> {
            Goal a = cio.getSelectionModel().getSelectedItem();
            Goal b = cmo.getSelectionModel().getSelectedItem();
            if (a == null || b == null) {
                Inputs.warn(link, "Choose one goal from the CIO's list and one from the CMO's list to link.");
                return;
            }
            model.edit(GuideEdits.linkGoals(a.id(), b.id())).ifPresent(p -> Inputs.warn(link, p));
        });
        Button unlink = Inputs.removeSelected("Remove link", model, links.getSelectionModel(),
                chosen -> GuideEdits.unlinkGoals(chosen));
        VBox middle = new VBox(8, Inputs.heading("Serve the same end"), link, links, unlink);
        VBox.setVgrow(links, Priority.ALWAYS);
        HBox columns = new HBox(16, side(Leader.CIO, cio), middle, side(Leader.CMO, cmo));
        for (var child : columns.getChildren()) {
            HBox.setHgrow(child, Priority.ALWAYS);
            ((VBox) child).setPrefWidth(400);
        }
        VBox root = new VBox(8, columns, Inputs.muted("Top five projects in 2010: CIO from the State of the CIO survey, "
                + "CMO from the CMO Council Marketing Outlook. Edit them into this room's goals: double-click to reword."));
        VBox.setVgrow(columns, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        return root;
    }

    private VBox side(Leader leader, ListView<Goal> list) {
        var add = Inputs.addField("addGoal-" + leader.name(), "Another " + leader.label() + " goal",
                text -> model.edit(GuideEdits.addGoal(leader, text)));
        Button remove = Inputs.removeSelected("Remove goal", model, list.getSelectionModel(),
                chosen -> GuideEdits.removeGoal(chosen.id()));
        VBox box = new VBox(8, Inputs.heading(leader.label() + "'s goals"), list, add, remove);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private void rename(ListView<Goal> list, Goal goal) {
        NameDialog.ask(list.getScene().getWindow(), "Reword goal", "The goal", goal.text(),
                text -> model.problemWith(GuideEdits.rewordGoal(goal.id(), text))).ifPresent(text -> model.edit(GuideEdits.rewordGoal(goal.id(), text)));
    }

    @Override
    public void refresh(Workshop workshop) {
        Inputs.showItems(cio.getItems(), cio.getSelectionModel(), workshop.guide().goalsOf(Leader.CIO), Goal::id);
        Inputs.showItems(cmo.getItems(), cmo.getSelectionModel(), workshop.guide().goalsOf(Leader.CMO), Goal::id);
        Inputs.showItems(links.getItems(), links.getSelectionModel(), workshop.guide().goalLinks(), link -> link);
        links.refresh(); // a reworded goal changes a link's text, not the link
    }

}
