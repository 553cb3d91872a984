package org.accord.ui.workshop.guide;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.accord.domain.Activity;
import org.accord.domain.Edit;
import org.accord.domain.Workshop;
import org.accord.domain.edit.GuideEdits;
import org.accord.domain.guide.Initiative;
import org.accord.domain.guide.Portfolio;
import org.accord.domain.guide.PortfolioReview;
import org.accord.ui.common.Columns;
import org.accord.ui.common.WrappedText;

/**
 * Step 6: the planned and ongoing initiatives of both portfolios, each linked to the activities that own it; the
 * gaps (nobody owns it) and the overlaps (both portfolios claim it) are listed as they appear.
 */
public final class PortfolioPane implements StepPane {
    public static final String TABLE_ID = "initiatives";
    public static final String GAPS_ID = "gaps";
    public static final String OVERLAPS_ID = "overlaps";
    public static final String NAME_ID = "initiativeName";
    public static final String PORTFOLIO_ID = "initiativePortfolio";
    public static final String ONGOING_ID = "initiativeOngoing";
    public static final String EDIT_ID = "initiativeEdit";

    private final GuideViewModel model;
    private final TableView<Initiative> table = new TableView<>();
    private final ActivityPicker picker = new ActivityPicker();
    private final Label pickerTitle = Inputs.wrapWhole(new Label());
    private final ListView<String> gaps = new ListView<>();
    private final ListView<String> overlaps = new ListView<>();
    private final ChoiceBox<Portfolio> portfolio = new ChoiceBox<>();
    private final CheckBox ongoing = new CheckBox("Ongoing");

    PortfolioPane(GuideViewModel model) {
        this.model = model;
        table.setId(TABLE_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.<Initiative, Object>wrapping("Initiative", 220, Initiative::name),
                Columns.<Initiative, Object>wrapping("Portfolio", 90, i -> i.portfolio().label()),
                Columns.<Initiative, Object>wrapping("State", 80, Initiative::stateLabel),
                Columns.<Initiative, Object>wrapping("Owning activities", 260, this::activityNames)));
        table.setPlaceholder(WrappedText.placeholder("No initiatives yet: add each portfolio's planned and ongoing ones."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showPicker());
        gaps.setId(GAPS_ID);
        gaps.setCellFactory(list -> WrappedText.listCell(line -> line));
        overlaps.setCellFactory(list -> WrappedText.listCell(line -> line));
        gaps.setPrefHeight(140);
        gaps.setPlaceholder(WrappedText.placeholder("No gaps: every initiative has an activity with an A."));
        overlaps.setId(OVERLAPS_ID);
        overlaps.setPrefHeight(120);
        overlaps.setPlaceholder(WrappedText.placeholder("No overlaps: no initiative is in both portfolios."));
        portfolio.getItems().setAll(Portfolio.values());
        portfolio.setValue(Portfolio.IT);
        portfolio.setId(PORTFOLIO_ID);
        ongoing.setId(ONGOING_ID);
        refresh(model.workshop());
    }

    private String activityNames(Initiative initiative) {
        return initiative.activityIds().stream().map(id -> model.workshop().activity(id).map(Activity::name).orElse("?"))
                .collect(Collectors.joining(", "));
    }

    @Override
    public Parent root() {
        var add = Inputs.addField(NAME_ID, "Name of an initiative", name -> {
            Portfolio which = portfolio.getValue();
            boolean isOngoing = ongoing.isSelected();
            return model.edit(GuideEdits.addInitiative(name, which, isOngoing));
        });
        add.getChildren().add(1, portfolio);
        add.getChildren().add(2, ongoing);
        Button remove = Inputs.removeSelected("Remove initiative", model, table.getSelectionModel(),
                chosen -> GuideEdits.removeInitiative(chosen.id()));
        Button edit = new Button("Edit…");
        edit.setId(EDIT_ID);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> editSelected());
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editSelected();
            }
        });
        Inputs.keepWhole(edit, remove);
        VBox left = new VBox(8, Inputs.heading("Initiatives from both portfolios"), add, table,
                new HBox(6, edit, remove));
        VBox.setVgrow(table, Priority.ALWAYS);
        ScrollPane pickerScroll = new ScrollPane(picker.root());
        pickerScroll.setFitToWidth(true);
        pickerScroll.setPrefHeight(260);
        VBox right = new VBox(8, pickerTitle, pickerScroll, Inputs.heading("Gaps: nobody owns it"), gaps,
                Inputs.heading("Overlaps: both think they own it"), overlaps);
        left.setPrefWidth(720);
        right.setPrefWidth(460);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox root = new HBox(16, left, right);
        root.setPadding(new Insets(12));
        return root;
    }


    @Override
    public void refresh(Workshop workshop) {
        Inputs.showItems(table.getItems(), table.getSelectionModel(), workshop.guide().initiatives(), Initiative::id);
        table.refresh(); // an activity renamed elsewhere changes the "owning activities" text
        gaps.getItems().setAll(PortfolioReview.gaps(workshop).stream().map(i -> i.name() + " (" + i.portfolio().label()
                + ", " + i.stateLabel().toLowerCase() + ")" + (i.activityIds().isEmpty()
                ? ": no activity linked" : ": no role is Accountable on its activities")).toList());
        overlaps.getItems().setAll(PortfolioReview.overlaps(workshop).stream().map(o -> o.name()
                + ": in the IT portfolio (" + o.it().stateLabel().toLowerCase() + ") and the marketing portfolio ("
                + o.marketing().stateLabel().toLowerCase() + ")").toList());
        showPicker();
    }

    /** Name, portfolio and state can be changed after adding; the links to activities stay. */
    private void editSelected() {
        Initiative chosen = table.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        GuideItemDialogs.editInitiative(table.getScene().getWindow(), model, chosen)
                .ifPresent(edit -> model.edit(edit)
                        .ifPresent(p -> Inputs.warn(table, p)));
    }

    private void showPicker() {
        Optional<Initiative> chosen = Optional.ofNullable(table.getSelectionModel().getSelectedItem());
        if (chosen.isEmpty()) {
            pickerTitle.setText("Choose an initiative to link it to the activities that own it");
            picker.clear();
            return;
        }
        Initiative initiative = chosen.get();
        pickerTitle.setText("Activities that own \"" + initiative.name() + "\"");
        picker.show(initiative.id(), model.workshop(), initiative.activityIds(), ids -> model.edit(
                GuideEdits.linkInitiative(initiative, ids)));
    }
}
