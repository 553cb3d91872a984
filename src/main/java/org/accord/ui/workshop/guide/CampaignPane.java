package org.accord.ui.workshop.guide;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.accord.domain.Role;
import org.accord.domain.Workshop;
import org.accord.domain.edit.GuideEdits;
import org.accord.domain.guide.CampaignStage;
import org.accord.domain.guide.StageCheck.StageOwners;
import org.accord.domain.guide.StageCheck;
import org.accord.ui.common.Columns;

/**
 * Step 5: walk an upcoming digital campaign through the matrix. Each stage is linked to the activities that cover
 * it; the table shows who is A and R for each stage according to the matrix and flags a stage with no owner or
 * with conflicting owners.
 */
public final class CampaignPane implements StepPane {
    public static final String NAME_ID = "campaignName";
    public static final String STAGES_ID = "campaignStages";
    public static final String OWNERS_ID = "stageOwners";

    private final GuideViewModel model;
    private final TextField name = new TextField();
    private final ListView<CampaignStage> stages = new ListView<>();
    private final ActivityPicker picker = new ActivityPicker();
    private final Label pickerTitle = Inputs.wrapWhole(new Label());
    private final TableView<StageOwners> owners = new TableView<>();

    CampaignPane(GuideViewModel model) {
        this.model = model;
        name.setId(NAME_ID);
        name.setPromptText("Name an upcoming digital campaign, e.g. Spring launch 2027");
        name.setOnAction(e -> saveName());
        name.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                saveName();
            }
        });
        stages.setId(STAGES_ID);
        stages.setPrefHeight(260);
        stages.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CampaignStage stage, boolean empty) {
                super.updateItem(stage, empty);
                setText(empty || stage == null ? null : stage.name() + "  (" + stage.activityIds().size() + ")");
            }
        });
        stages.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showPicker());
        owners.setId(OWNERS_ID);
        owners.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        owners.getColumns().setAll(List.of(
                Columns.<StageOwners, Object>wrapping("Stage", 150, o -> o.stage().name()),
                Columns.<StageOwners, Object>wrapping("Accountable (A)", 150, o -> labels(o.accountable())),
                Columns.<StageOwners, Object>wrapping("Responsible (R)", 150, o -> labels(o.responsible())),
                Columns.<StageOwners, Object>wrapping("Check", 300, o -> (o.verdict().flagged() ? "⚠ " : "✓ ") + o.verdict().text())));
        owners.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(StageOwners item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("flagged");
                if (!empty && item != null && item.verdict().flagged()) {
                    getStyleClass().add("flagged");
                }
            }
        });
        refresh(model.workshop());
    }

    private static String labels(List<Role> roles) {
        return roles.isEmpty() ? "—" : roles.stream().map(Role::shortLabel).collect(Collectors.joining(", "));
    }

    @Override
    public Parent root() {
        var add = Inputs.addField("addStage", "Another stage", text -> model.edit(GuideEdits.addStage(text)));
        Button remove = Inputs.removeSelected("Remove stage", model, stages.getSelectionModel(),
                chosen -> GuideEdits.removeStage(chosen.id()));
        VBox stagesBox = new VBox(8, Inputs.heading("Stages"), stages, add, remove);
        ScrollPane pickerScroll = new ScrollPane(picker.root());
        pickerScroll.setPrefHeight(300);
        pickerScroll.setFitToWidth(true);
        VBox pickerBox = new VBox(8, pickerTitle, pickerScroll);
        HBox top = new HBox(16, stagesBox, pickerBox);
        HBox.setHgrow(pickerBox, Priority.ALWAYS);
        stagesBox.setPrefWidth(380);
        VBox root = new VBox(10, new HBox(8, new Label("Campaign"), name), top,
                Inputs.heading("Who owns each stage, according to the matrix"), owners);
        HBox.setHgrow(name, Priority.ALWAYS);
        VBox.setVgrow(owners, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        return root;
    }


    private void saveName() {
        if (!name.getText().equals(model.guide().campaign().name())) {
            String text = name.getText();
            model.edit(GuideEdits.nameCampaign(text))
                    .ifPresent(p -> Inputs.warn(name, p));
        }
    }

    @Override
    public void refresh(Workshop workshop) {
        if (!name.isFocused() && !name.getText().equals(workshop.guide().campaign().name())) {
            name.setText(workshop.guide().campaign().name());
        }
        Inputs.showItems(stages.getItems(), stages.getSelectionModel(), workshop.guide().campaign().stages(), CampaignStage::id);
        if (stages.getSelectionModel().isEmpty() && !stages.getItems().isEmpty()) {
            stages.getSelectionModel().select(0);
        }
        owners.getItems().setAll(StageCheck.run(workshop));
        showPicker();
    }


    private void showPicker() {
        CampaignStage stage = stages.getSelectionModel().getSelectedItem();
        if (stage == null) {
            pickerTitle.setText("Choose a stage to link it to activities");
            picker.clear();
            return;
        }
        pickerTitle.setText("Activities that cover \"" + stage.name() + "\"");
        pickerTitle.getStyleClass().setAll("label", "pane-heading");
        picker.show(stage.id(), model.workshop(), stage.activityIds(), ids ->
                model.edit(GuideEdits.linkStage(stage, ids)));
    }
}
