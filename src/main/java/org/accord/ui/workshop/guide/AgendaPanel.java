package org.accord.ui.workshop.guide;

import java.time.Instant;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.accord.domain.Workshop;
import org.accord.domain.edit.GuideEdits;
import org.accord.domain.guide.AgendaStep;
import org.accord.domain.guide.Guide;
import org.accord.domain.guide.StepClock;
import org.accord.domain.guide.WrapUp;
import org.accord.ui.common.NameDialog;
import org.accord.ui.common.Styles;

/**
 * The agenda: the list of steps down the side, and across the top the current step's name, purpose, countdown and
 * the buttons to start, pause, extend, reset and move on. Running over turns the timer red and never blocks.
 */
public final class AgendaPanel {
    public static final String STEPS_ID = "agenda";
    public static final String STEP_TITLE_ID = "stepTitle";
    public static final String PURPOSE_ID = "stepPurpose";
    public static final String TIMER_ID = "timer";
    public static final String START_ID = "timerStart";
    public static final String EXTEND_ID = "timerExtend";
    public static final String RESET_ID = "timerReset";
    public static final String NEXT_ID = "nextStep";
    public static final String PREVIOUS_ID = "previousStep";
    public static final String MINUTES_ID = "plannedMinutes";
    public static final String SKIP_ID = "skipStep";

    private final GuideViewModel model;
    private final java.util.function.Supplier<Window> window;
    private final ListView<AgendaStep> steps = new ListView<>();
    private final Label stepTitle = new Label();
    private final Label purpose = new Label();
    private final Label timer = new Label();
    private final Button start = new Button("Start");
    private final Spinner<Integer> minutes = new Spinner<>();
    private final Button skip = new Button("Skip");
    private boolean updating;
    private javafx.scene.Node[] planningControls = new javafx.scene.Node[0];

    /** On the projector the room sees the step, the timer, start/pause and the way on; planning stays off screen. */
    void setPresenting(boolean on) {
        for (javafx.scene.Node n : planningControls) {
            n.setVisible(!on);
            n.setManaged(!on);
        }
    }

    AgendaPanel(GuideViewModel model, java.util.function.Supplier<Window> window) {
        this.model = model;
        this.window = window;
        steps.setId(STEPS_ID);
        steps.setCellFactory(list -> new StepCell());
        steps.setFocusTraversable(false);
        steps.setOnMouseClicked(e -> {
            AgendaStep chosen = steps.getSelectionModel().getSelectedItem();
            if (chosen != null && !chosen.id().equals(model.currentStep().id())) {
                model.jumpTo(chosen.id());
            }
        });
        minutes.setId(MINUTES_ID);
        minutes.setEditable(true);
        minutes.setPrefWidth(90);
        // The header gives way on a narrow screen, but never from the planned minutes: squeezed, "15" showed as "1".
        minutes.setMinWidth(Region.USE_PREF_SIZE);
        minutes.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, AgendaStep.MAX_MINUTES, 10));
        minutes.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null && now != model.currentStep().plannedMinutes()) {
                var step = model.currentStep().id();
                model.edit(GuideEdits.planMinutes(step, now));
            }
        });
        model.workshopProperty().addListener((obs, old, now) -> {
            if (showsTheSameAgenda(old, now)) {
                showTimer(model.now()); // a timer started or paused; the list and the header stay as they are
            } else {
                refresh(now);
            }
        });
        model.nowProperty().addListener((obs, old, now) -> showTimer(now));
        refresh(model.workshop());
    }

    Parent stepList() {
        Button rename = small("Rename…", this::rename);
        Button up = small("↑", () -> move(-1));
        Button down = small("↓", () -> move(+1));
        Button add = small("Add…", this::add);
        add.setId("addStep");
        Button remove = small("Remove", this::remove);
        skip.setId(SKIP_ID);
        skip.setOnAction(e -> toggleSkip());
        skip.setFocusTraversable(false);
        HBox row1 = new HBox(4, rename, up, down);
        HBox row2 = new HBox(4, add, remove, skip);
        Label heading = new Label("Agenda");
        heading.getStyleClass().add("agenda-heading");
        VBox box = new VBox(6, heading, steps, row1, row2);
        box.getStyleClass().add("agenda-list");
        box.setPadding(new Insets(8));
        box.setPrefWidth(320);
        box.setMinWidth(320);
        VBox.setVgrow(steps, Priority.ALWAYS);
        return box;
    }

    Parent header() {
        stepTitle.setId(STEP_TITLE_ID);
        stepTitle.getStyleClass().add("step-title");
        purpose.setId(PURPOSE_ID);
        purpose.getStyleClass().add("step-purpose");
        purpose.setWrapText(true);
        // A long step title wraps under the timer rather than end in "…" (narrow laptops, large projector type).
        stepTitle.setWrapText(true);
        stepTitle.setMinHeight(Region.USE_PREF_SIZE);
        purpose.setMinHeight(Region.USE_PREF_SIZE);
        timer.setId(TIMER_ID);
        timer.getStyleClass().add("step-timer");
        timer.setMinWidth(Region.USE_PREF_SIZE);
        start.setId(START_ID);
        start.setOnAction(e -> model.startOrPause());
        Button extend = small("+5 min", model::extend);
        extend.setId(EXTEND_ID);
        Button reset = small("Reset", model::reset);
        reset.setId(RESET_ID);
        Button previous = small("◀ Previous", model::previous);
        previous.setId(PREVIOUS_ID);
        Button next = small("Next ▶", model::next);
        next.setId(NEXT_ID);
        start.setFocusTraversable(false);
        VBox text = new VBox(2, stepTitle, purpose);
        HBox.setHgrow(text, Priority.ALWAYS);
        Label planned = new Label("Planned");
        planned.setMinWidth(Region.USE_PREF_SIZE);
        planningControls = new javafx.scene.Node[] {planned, minutes, extend, reset};
        for (Button b : new Button[] {start, extend, reset, previous, next}) {
            b.setMinWidth(Region.USE_PREF_SIZE); // never "…" on a button, at any type size
        }
        HBox timerControls = new HBox(6, planned, minutes, timer, start, extend, reset);
        timerControls.getStyleClass().add("timer-controls");
        timerControls.setAlignment(Pos.CENTER_RIGHT);
        HBox nav = new HBox(6, previous, next);
        nav.setAlignment(Pos.CENTER_RIGHT);
        HBox bar = new HBox(16, text, timerControls, nav);
        bar.getStyleClass().add("step-header");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private Button small(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false); // the keyboard stays where the room is working
        return b;
    }

    /**
     * True when the agenda on screen would not change: the same steps (titles, minutes, skipped) and the same current
     * step. Most edits (a letter, a participant, each of the room's answers) leave the agenda alone, and rebuilding
     * its cells restyled every one of them: a fifth of the JavaFX thread's time in a burst of answers (issue 18).
     */
    private static boolean showsTheSameAgenda(Workshop old, Workshop now) {
        return old != null && old.guide().currentIndex() == now.guide().currentIndex()
                && old.guide().steps().equals(now.guide().steps());
    }

    private void refresh(Workshop workshop) {
        Guide guide = workshop.guide();
        updating = true;
        try {
            if (!steps.getItems().equals(guide.steps())) {
                steps.getItems().setAll(guide.steps());
            }
            steps.getSelectionModel().select(guide.currentIndex());
            steps.refresh(); // the current step's style follows progress, which the items do not carry
            AgendaStep step = guide.currentStep();
            stepTitle.setText("Step " + (guide.currentIndex() + 1) + " of " + guide.steps().size() + ": " + step.title());
            purpose.setText(step.purpose());
            minutes.getValueFactory().setValue(step.plannedMinutes());
            skip.setText(step.skipped() ? "Include" : "Skip");
        } finally {
            updating = false;
        }
        showTimer(model.now());
    }

    private void showTimer(Instant now) {
        AgendaStep step = model.currentStep();
        StepClock clock = model.currentClock();
        java.time.Duration left = clock.remaining(now, step.plannedMinutes());
        boolean over = left.isNegative();
        timer.setText(over ? "Over by " + WrapUp.minutesAndSeconds(left.negated()) : WrapUp.minutesAndSeconds(left));
        Styles.setStyleClass(timer, "over", over);
        Styles.setStyleClass(timer, "running", !over && clock.running());
        start.setText(clock.running() ? "Pause" : "Start");
    }

    private void rename() {
        AgendaStep step = model.currentStep();
        NameDialog.ask(window.get(), "Rename step", "New name for \"" + step.title() + "\"", step.title(),
                name -> model.problemWith(GuideEdits.renameStep(step.id(), name))).ifPresent(name ->
                model.edit(GuideEdits.renameStep(step.id(), name)));
    }

    private void add() {
        NameDialog.ask(window.get(), "Add step", "Name of the new step (it comes after the current one)", "",
                name -> model.problemWith(GuideEdits.addStep(name, 0))).ifPresent(name -> {
                    int after = model.guide().currentIndex() + 1;
                    model.edit(GuideEdits.addStep(name, after));
                });
    }

    private void remove() {
        var step = model.currentStep().id();
        model.edit(GuideEdits.removeStep(step)).ifPresent(problem -> Inputs.warn(steps, problem));
    }

    private void move(int direction) {
        var step = model.currentStep().id();
        model.edit(GuideEdits.moveStep(step, direction));
    }

    private void toggleSkip() {
        AgendaStep step = model.currentStep();
        model.edit(GuideEdits.toggleSkipped(step));
    }

    /** "3  Overlap inventory · 10 min"; the current step bold, a skipped one struck through. */
    private final class StepCell extends ListCell<AgendaStep> {
        @Override
        protected void updateItem(AgendaStep step, boolean empty) {
            super.updateItem(step, empty);
            if (empty || step == null) {
                setText(null);
                showAs(false, false);
                return;
            }
            setWrapText(true);
            setPrefWidth(0); // wrap within the list's width instead of scrolling sideways
            List<AgendaStep> all = getListView().getItems();
            setText((all.indexOf(step) + 1) + "  " + step.title() + " · " + step.plannedMinutes() + " min"
                    + (step.skipped() ? " (skipped)" : ""));
            showAs(step.id().equals(model.currentStep().id()), step.skipped());
        }

        private void showAs(boolean current, boolean skipped) {
            Styles.setStyleClass(this, "current-step", current);
            Styles.setStyleClass(this, "skipped-step", skipped);
        }
    }
}
