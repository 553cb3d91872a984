package org.accord.ui.workshop.guide;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Edit;
import org.accord.domain.MatrixChecks;
import org.accord.domain.Moments;
import org.accord.domain.Workshop;
import org.accord.domain.edit.GuideEdits;
import org.accord.domain.edit.MatrixEdits;
import org.accord.domain.guide.ActionItem;
import org.accord.domain.guide.WorkingAgreement;
import org.accord.domain.round.RoundComparison;
import org.accord.ui.common.Columns;
import org.accord.ui.common.Confirm;
import org.accord.ui.common.DateFields;
import org.accord.ui.common.WrappedText;

/**
 * Step 7: agree each row (who agreed, and when), the working agreement (how many minutes a week the CIO and CMO
 * meet, the escalation path, the next review date) and the action items with an owner and a due date.
 */
public final class AgreementsPane implements StepPane {
    public static final String ROWS_ID = "agreementRows";
    public static final String AGREE_ID = "markAgreed";
    public static final String AGREED_BY_ID = "agreedBy";
    public static final String CADENCE_ID = "cadence";
    public static final String ESCALATION_ID = "escalation";
    public static final String REVIEW_ID = "nextReview";
    public static final String ACTIONS_ID = "actionItems";
    public static final String AGREE_CLEAN_ID = "agreeClean";
    public static final String ACTION_WHAT_ID = "actionWhat";
    public static final String ACTION_OWNER_ID = "actionOwner";
    public static final String ACTION_DUE_ID = "actionDue";
    public static final String ACTION_ADD_ID = "actionAdd";
    public static final String ACTION_EDIT_ID = "actionEdit";

    static final DateTimeFormatter WHEN = Moments.toTheMinute(ZoneId.systemDefault());

    private final GuideViewModel model;
    private final TableView<Activity> rows = new TableView<>();
    private final TextField agreedBy = new TextField("CIO and CMO");
    private final Spinner<Integer> cadence = new Spinner<>(0, 7 * 24 * 60, 0, 15);
    private final TextField escalation = new TextField();
    private final DatePicker review = new DatePicker();
    private final TableView<ActionItem> actions = new TableView<>();
    private final TextField what = new TextField();
    /** The owner: a participant picked from the list, or any name typed. */
    private final ComboBox<String> owner = new ComboBox<>();
    private final DatePicker due = new DatePicker();
    private final Label actionProblem = new Label();
    private final Label reviewProblem = new Label();
    private final DateFields dates = DateFields.forThisMachine();
    private boolean updating;

    AgreementsPane(GuideViewModel model) {
        this.model = model;
        rows.setId(ROWS_ID);
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.getColumns().setAll(List.of(
                Columns.<Activity, Object>wrapping("Activity", 300, Activity::name),
                Columns.<Activity, Object>wrapping("Status", 90, a -> statusText(model, a)),
                Columns.<Activity, Object>wrapping("Agreed by", 140, a -> model.guide().agreement(a.id())
                        .map(x -> x.agreedBy()).orElse("")),
                Columns.<Activity, Object>wrapping("When", 160, a -> model.guide().agreement(a.id())
                        .map(x -> WHEN.format(x.agreedAt())).orElse(""))));
        // The last round is read after the screen is shown; a row changed since it then says so.
        model.workshopModel().sinceLastRoundProperty().addListener((obs, old, now) -> rows.refresh());
        agreedBy.setId(AGREED_BY_ID);
        cadence.setId(CADENCE_ID);
        cadence.setEditable(true);
        cadence.setPrefWidth(110);
        escalation.setId(ESCALATION_ID);
        escalation.setPromptText("e.g. CIO and CMO first, then the COO");
        review.setId(REVIEW_ID);
        dates.install(review, reviewProblem);
        reviewProblem.getStyleClass().add("field-problem");
        cadence.valueProperty().addListener((obs, old, now) -> saveWorking());
        review.valueProperty().addListener((obs, old, now) -> saveWorking());
        escalation.setOnAction(e -> saveWorking());
        escalation.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                saveWorking();
            }
        });
        actions.setId(ACTIONS_ID);
        actions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        actions.getColumns().setAll(List.of(
                Columns.<ActionItem, Object>wrapping("What", 300, ActionItem::what),
                Columns.<ActionItem, Object>wrapping("Owner", 140, ActionItem::owner),
                Columns.<ActionItem, Object>wrapping("Due", 110, a -> a.due() == null ? "" : a.due().toString()),
                Columns.<ActionItem, Object>wrapping("Status", 80, ActionItem::statusLabel)));
        actions.setPlaceholder(WrappedText.placeholder("No action items yet."));
        what.setId(ACTION_WHAT_ID);
        what.setPromptText("What will be done");
        owner.setId(ACTION_OWNER_ID);
        owner.setEditable(true);
        owner.setPromptText("Who");
        due.setId(ACTION_DUE_ID);
        dates.install(due, actionProblem);
        actionProblem.getStyleClass().add("field-problem");
        refresh(model.workshop());
    }

    /**
     * "Agreed", "Open", "Disputed"; or "Changed since Round 2" for a row agreed before the last round whose letters
     * changed since: what was agreed is no longer what the row says, so the room agrees it again ("Mark agreed").
     */
    static String statusText(GuideViewModel model, Activity activity) {
        RoundComparison since = model.workshopModel().sinceLastRoundProperty().get();
        return since != null && since.agreedRowChanged(model.workshop(), activity.id()) ? since.changedSinceLabel()
                : activity.status().label();
    }

    @Override
    public Parent root() {
        Button agree = new Button("Mark agreed");
        agree.setId(AGREE_ID);
        agree.setOnAction(e -> selected().ifPresent(a -> {
            List<String> problems = MatrixChecks.rowProblems(model.workshop(), a.id());
            if (!problems.isEmpty() && !Confirm.ask(agree.getScene().getWindow(), "Agree a row with open findings",
                    "\"" + a.name() + "\" still has " + String.join("; ", problems) + ". Agree it anyway? The wrap-up "
                            + "and the PDF will say it was agreed with open findings.", "Agree anyway")) {
                return;
            }
            String who = agreedBy.getText();
            model.edit(GuideEdits.agreeRow(a, who, model.now()))
                    .ifPresent(p -> Inputs.warn(agree, p));
        }));
        Button agreeClean = new Button("Agree every row without findings");
        agreeClean.setId(AGREE_CLEAN_ID);
        agreeClean.setOnAction(e -> agreeEveryRowWithoutFindings(agreeClean));
        Button dispute = new Button("Mark disputed");
        dispute.setOnAction(e -> selected().ifPresent(a -> model.edit(MatrixEdits.markActivity(a.id(), ActivityStatus.DISPUTED))));
        Button reopen = new Button("Reopen");
        reopen.setOnAction(e -> selected().ifPresent(a -> model.edit(MatrixEdits.reopenActivity(a))));
        Label agreedByLabel = new Label("Agreed by");
        Inputs.keepWhole(agreedByLabel, agree, dispute, reopen, agreeClean);
        agreedBy.setPrefColumnCount(10);
        // Beside the agenda at 1280×720 the row is narrow: the buttons go to a second line rather than squeeze the
        // "Agreed by" field to an empty sliver.
        agreedBy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane agreeBar = new javafx.scene.layout.FlowPane(8, 6, agreedByLabel, agreedBy, agree,
                dispute, reopen);
        agreeBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox left = new VBox(8, Inputs.heading("Each row: agreed, disputed or still open"), rows, agreeBar,
                agreeClean);
        VBox.setVgrow(rows, Priority.ALWAYS);

        GridPane working = new GridPane();
        working.setHgap(8);
        working.setVgap(6);
        working.addRow(0, new Label("CIO and CMO meet"), new HBox(6, cadence, new Label("minutes a week")));
        working.addRow(1, new Label("Escalation path"), escalation);
        working.addRow(2, new Label("Next review"), review);
        working.add(reviewProblem, 1, 3);
        GridPane.setHgrow(escalation, Priority.ALWAYS);

        Button addAction = new Button("Add");
        addAction.setId(ACTION_ADD_ID);
        Runnable add = () -> {
            if (!dates.commit(due)) {
                actionProblem.setText(dates.problem()); // nothing added: the typed date stays to be corrected
                due.requestFocus();
                return;
            }
            String w = what.getText();
            String o = owner.getEditor().getText();
            var d = due.getValue();
            var refused = model.edit(GuideEdits.addAction(w, o, d));
            actionProblem.setText(refused.orElse(""));
            if (refused.isEmpty()) {
                what.clear();
                owner.getEditor().clear();
                owner.setValue(null);
                due.setValue(null);
                what.requestFocus();
            }
        };
        addAction.setOnAction(e -> add.run());
        what.setOnAction(e -> owner.requestFocus());
        // Enter in the owner box adds the item; picking a name from its list only fills the box.
        owner.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !owner.isShowing()) {
                Platform.runLater(add);
            }
        });
        actions.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editSelectedAction();
            }
        });
        Button edit = new Button("Edit…");
        edit.setId(ACTION_EDIT_ID);
        edit.disableProperty().bind(actions.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> editSelectedAction());
        Button done = new Button("Done / open");
        done.setOnAction(e -> {
            ActionItem chosen = actions.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                model.edit(GuideEdits.toggleActionDone(chosen));
            }
        });
        Button remove = Inputs.removeSelected("Remove", model, actions.getSelectionModel(),
                chosen -> GuideEdits.removeAction(chosen.id()));
        Inputs.keepWhole(addAction, edit, done, remove);
        owner.setPrefWidth(150);
        owner.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        due.setPrefWidth(150); // a date and its button; the row's width goes to the agreements' table beside it
        due.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // "What" on a line of its own, the owner, the date and Add below it: side by side, beside the agenda at
        // 1280×720, "What will be done" was cut to "What will be" and the owner box to one letter.
        what.setMaxWidth(Double.MAX_VALUE);
        VBox addRow = new VBox(6, what, new HBox(6, owner, due, addAction));
        VBox right = new VBox(8, Inputs.heading("Working agreement"), working, Inputs.heading("Action items"), addRow,
                actionProblem, actions, new HBox(6, edit, done, remove));
        VBox.setVgrow(actions, Priority.ALWAYS);
        left.setPrefWidth(640);
        right.setPrefWidth(600);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox root = new HBox(16, left, right);
        root.setPadding(new Insets(12));
        return root;
    }

    /**
     * Agrees, as one undoable step, every row still open whose letters break no rule: 20 clean rows in one click.
     * Disputed rows stay disputed (the room said so) and rows with findings wait for their own decision.
     */
    private void agreeEveryRowWithoutFindings(Node anchor) {
        Workshop w = model.workshop();
        List<Activity> clean = w.activities().stream().filter(a -> a.status() == ActivityStatus.OPEN)
                .filter(a -> MatrixChecks.rowProblems(w, a.id()).isEmpty()).toList();
        if (clean.isEmpty()) {
            Inputs.warn(anchor, "No open row is free of findings: agree rows one by one, or fix their letters first.");
            return;
        }
        String who = agreedBy.getText();
        var at = model.now();
        model.edit(GuideEdits.agreeRows(clean, who, at)).ifPresent(p -> Inputs.warn(anchor, p));
    }

    /** Every field of an action item can be changed after it was added: text, owner, due date, done. */
    private void editSelectedAction() {
        ActionItem chosen = actions.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        GuideItemDialogs.editAction(actions.getScene().getWindow(), model, chosen)
                .ifPresent(edit -> model.edit(edit).ifPresent(p -> Inputs.warn(actions, p)));
    }

    private java.util.Optional<Activity> selected() {
        return java.util.Optional.ofNullable(rows.getSelectionModel().getSelectedItem());
    }


    private void saveWorking() {
        if (updating) {
            return;
        }
        WorkingAgreement current = model.guide().working();
        int minutes = cadence.getValue() == null ? 0 : cadence.getValue();
        String path = escalation.getText();
        var date = review.getValue();
        if (minutes == current.cadenceMinutesPerWeek() && path.strip().equals(current.escalationPath())
                && java.util.Objects.equals(date, current.nextReview())) {
            return;
        }
        model.edit(GuideEdits.setWorkingAgreement(minutes, path, date))
                .ifPresent(p -> Inputs.warn(escalation, p));
    }

    @Override
    public void refresh(Workshop workshop) {
        Inputs.showItems(rows.getItems(), rows.getSelectionModel(), workshop.activities(), Activity::id);
        rows.refresh(); // "agreed by" and "when" come from the guide, which the rows do not carry
        Inputs.showItems(actions.getItems(), actions.getSelectionModel(), workshop.guide().actions(), ActionItem::id);
        List<String> people = workshop.guide().participants().stream().map(p -> p.name()).distinct().toList();
        if (!owner.getItems().equals(people)) {
            owner.getItems().setAll(people);
        }
        WorkingAgreement working = workshop.guide().working();
        updating = true;
        try {
            cadence.getValueFactory().setValue(working.cadenceMinutesPerWeek());
            if (!escalation.isFocused()) {
                escalation.setText(working.escalationPath());
            }
            review.setValue(working.nextReview());
        } finally {
            updating = false;
        }
    }
}
