package org.accord.ui.workshop;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Finding;
import org.accord.domain.MatrixChecks;
import org.accord.domain.RoleLoad;
import org.accord.domain.Workshop;
import org.accord.ui.common.Columns;
import org.accord.ui.common.Styles;
import org.accord.ui.common.WrappedText;
import org.accord.ui.workshop.matrix.MatrixTable;
import org.accord.ui.workshop.model.WorkshopViewModel;

/**
 * The panel beside the agreed grid: the selected activity (description, group, rationale, status, edited here), the
 * live findings (a click selects the cell), and the load per role.
 */
final class SidePanel {
    private final WorkshopViewModel model;
    private final MatrixTable matrix;
    private final Consumer<String> warn;
    private final ScrollPane root;
    private final Label selectedName = new Label();
    private final TextArea description = new TextArea();
    private final ComboBox<String> group = new ComboBox<>();
    private final TextArea rationale = new TextArea();
    private final ChoiceBox<ActivityStatus> status = new ChoiceBox<>();
    /** Under "Agreed": "Changed since Round 2: agree it again", for a row whose letters changed since that round. */
    private final Label changedSince = new Label();
    private UUID shownActivity;
    private boolean updatingPanel;

    /** @param warn says why an edit typed in the panel was refused */
    SidePanel(WorkshopViewModel model, MatrixTable matrix, Consumer<String> warn) {
        this.model = model;
        this.matrix = matrix;
        this.warn = warn;
        this.root = build();
    }

    ScrollPane root() {
        return root;
    }

    /** Shows the activity of the grid's focused cell from now on, and now. */
    void followSelection() {
        matrix.table().getFocusModel().focusedCellProperty().addListener((obs, old, now) -> showSelectedActivity());
        model.workshopProperty().addListener((obs, old, now) -> showSelectedActivity());
        model.sinceLastRoundProperty().addListener((obs, old, now) -> showSelectedActivity());
        showSelectedActivity();
    }

    private ScrollPane build() {
        selectedName.getStyleClass().add("selected-activity");
        selectedName.setWrapText(true);
        description.setWrapText(true);
        description.setPrefRowCount(2);
        description.setPromptText("What this activity covers");
        rationale.setId(WorkshopView.RATIONALE_ID);
        rationale.setWrapText(true);
        rationale.setPrefRowCount(3);
        rationale.setPromptText("Why this split? Record the reason, not only the letter.");
        group.setEditable(false);
        status.setId(WorkshopView.STATUS_ID);
        status.getItems().setAll(ActivityStatus.values());

        commitWhenLeft(description, text -> model.setDescription(shownActivity, text));
        commitWhenLeft(rationale, text -> model.setRationale(shownActivity, text));
        group.valueProperty().addListener((obs, old, now) -> {
            if (!updatingPanel && shownActivity != null && now != null) {
                model.setGroup(shownActivity, now);
            }
        });
        status.valueProperty().addListener((obs, old, now) -> {
            if (!updatingPanel && shownActivity != null && now != null) {
                model.setStatus(shownActivity, now);
            }
        });
        VBox activityBox = new VBox(6, selectedName, new Label("Description"), description, new Label("Group"), group,
                new Label("Rationale: why this split"), rationale, new Label("Status"), status, changedSince);
        changedSince.setId(WorkshopView.CHANGED_SINCE_ID);
        changedSince.setWrapText(true);
        changedSince.getStyleClass().add("over");
        changedSince.managedProperty().bind(changedSince.visibleProperty());
        changedSince.setVisible(false);
        TitledPane activityPane = new TitledPane("Selected activity", activityBox);
        activityPane.setCollapsible(false);

        ListView<Finding> findings = new ListView<>(model.findings());
        findings.setId(WorkshopView.FINDINGS_ID);
        findings.setPrefHeight(220);
        // A finding as wrapped text: the whole sentence stays readable however narrow the panel is.
        findings.setCellFactory(list -> WrappedText.listCell(finding -> "⚠ " + finding.text()));
        findings.setPlaceholder(WrappedText.placeholder("No findings: every activity has one A and an R."));
        findings.getSelectionModel().selectedItemProperty().addListener((obs, old, finding) -> {
            if (finding != null) {
                matrix.select(finding.activityId(), finding.roleId());
            }
        });
        TitledPane findingsPane = new TitledPane("", findings);
        findingsPane.setId(WorkshopView.FINDINGS_TITLE_ID);
        findingsPane.textProperty().bind(Bindings.size(model.findings()).asString("Findings (%d)"));
        findingsPane.setCollapsible(false);

        TableView<RoleLoad> loads = new TableView<>(model.loads());
        loads.setId(WorkshopView.LOADS_ID);
        loads.setPrefHeight(200);
        loads.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        loads.getColumns().setAll(List.of(
                Columns.<RoleLoad, Object>wrapping("Role", 0, l -> l.role().shortLabel()),
                Columns.<RoleLoad, Object>of("R", 0, RoleLoad::responsible),
                Columns.<RoleLoad, Object>of("A", 0, RoleLoad::accountable),
                Columns.<RoleLoad, Object>of("C", 0, RoleLoad::consulted),
                Columns.<RoleLoad, Object>of("I", 0, RoleLoad::informed)));
        Label overload = new Label();
        overload.getStyleClass().add(Styles.MUTED);
        overload.setWrapText(true);
        overload.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.workshop().activities().size();
            return "Overload: A on more than " + MatrixChecks.overloadThreshold(n) + " of " + n
                    + " activities. Most C per activity: " + model.workshop().consultedLimit() + ".";
        }, model.workshopProperty()));
        TitledPane loadPane = new TitledPane("Load per role", new VBox(4, loads, overload));
        loadPane.setCollapsible(false);

        VBox side = new VBox(8, activityPane, findingsPane, loadPane);
        side.setPadding(new Insets(8));
        VBox.setVgrow(findingsPane, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(320);
        return scroll;
    }

    /** Saves a text field's content when the focus leaves it (or the selected row changes), not on every key. */
    private void commitWhenLeft(TextInputControl field, Function<String, Optional<String>> save) {
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is && shownActivity != null && !updatingPanel) {
                save.apply(field.getText()).ifPresent(warn);
            }
        });
    }

    private void showSelectedActivity() {
        Optional<UUID> focused = matrix.focusedActivity();
        Workshop w = model.workshop();
        Optional<Activity> activity = focused.flatMap(w::activity);
        updatingPanel = true;
        try {
            shownActivity = activity.map(Activity::id).orElse(null);
            boolean none = activity.isEmpty();
            for (Control control : new Control[] {description, group, rationale, status}) {
                control.setDisable(none);
            }
            // Each control is touched only when its value changes: this runs on every keystroke in the grid.
            setIfChanged(selectedName, activity.map(Activity::name).orElse("Select an activity in the matrix"));
            setIfChanged(description, activity.map(Activity::description).orElse(""));
            setIfChanged(rationale, activity.map(Activity::rationale).orElse(""));
            if (!group.getItems().equals(w.groups())) {
                group.getItems().setAll(w.groups());
            }
            group.setValue(activity.map(Activity::group).orElse(null));
            status.setValue(activity.map(Activity::status).orElse(null));
            var since = model.sinceLastRoundProperty().get();
            boolean changed = since != null && activity.isPresent() && since.agreedRowChanged(w, activity.get().id());
            changedSince.setVisible(changed);
            if (changed) {
                setIfChanged(changedSince, since.changedSinceLabel() + ": agree it again");
            }
        } finally {
            updatingPanel = false;
        }
    }

    private static void setIfChanged(Labeled label, String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }

    private static void setIfChanged(TextInputControl field, String text) {
        if (!text.equals(field.getText())) {
            field.setText(text);
        }
    }
}
