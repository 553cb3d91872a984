package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Raci;
import org.accord.domain.Side;
import org.accord.domain.Workshop;
import org.accord.domain.guide.ActionItem;
import org.accord.domain.guide.BlindEntry.SettledBy;
import org.accord.domain.guide.Initiative;
import org.accord.domain.guide.LeadAnswer;
import org.accord.domain.guide.Leader;
import org.accord.domain.guide.Participant;
import org.accord.domain.guide.Portfolio;
import org.accord.domain.guide.StepClock;
import org.accord.domain.guide.StepKind;
import org.accord.domain.guide.WorkingAgreement;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.ui.common.Confirm;
import org.accord.ui.start.StartView;
import org.accord.ui.workshop.WorkshopView;
import org.accord.ui.workshop.guide.ActivityPicker;
import org.accord.ui.workshop.guide.AgendaPanel;
import org.accord.ui.workshop.guide.AgreementsPane;
import org.accord.ui.workshop.guide.CampaignPane;
import org.accord.ui.workshop.guide.GoalsPane;
import org.accord.ui.workshop.guide.GuideScreen;
import org.accord.ui.workshop.guide.PerceptionPane;
import org.accord.ui.workshop.guide.PortfolioPane;
import org.accord.ui.workshop.guide.WrapUpPane;
import org.accord.ui.workshop.matrix.BlindEntryPane;
import org.accord.ui.workshop.matrix.MatrixTable;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each step of the agenda in the window, with the keyboard and the mouse: what the step's controls do, and that it
 * reaches the file. A test that needs the room's earlier work finds it prepared in the file and opens the workshop
 * on its step; the view models' logic (moving, timers) is in GuideViewModelTest.
 */
class GuideWindowTest extends WindowTest {
    private static final String TITLE = "Guided session";

    @Override
    protected boolean openAtStart() {
        return false;
    }

    @Test
    void aNewWorkshopOpensOnStepOneWhoseTimerButtonsAndPlannedMinutesWorkAndStopWhenAccordCloses(FxRobot robot)
            throws Exception {
        robot.interact((Runnable) this::openWindow);
        OnFxThread.waitUntil(10, () -> !robot.lookup("#" + StartView.CREATE_ID).queryButton().isDisabled());
        robot.clickOn("#" + StartView.NEW_TITLE_ID).write(TITLE);
        robot.clickOn("#" + StartView.CREATE_ID);
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + GuideScreen.AGENDA_ID).tryQuery().isPresent());

        assertThat(text(robot, AgendaPanel.STEP_TITLE_ID)).isEqualTo("Step 1 of 8: Welcome and perception check");
        assertThat(text(robot, AgendaPanel.TIMER_ID)).isEqualTo("10:00");
        robot.clickOn("#" + AgendaPanel.START_ID);
        assertThat(robot.lookup("#" + AgendaPanel.START_ID).queryButton().getText()).isEqualTo("Pause");
        robot.clickOn("#" + AgendaPanel.EXTEND_ID);
        assertThat(text(robot, AgendaPanel.TIMER_ID)).matches("1[45]:\\d\\d"); // five more minutes, still counting down
        robot.clickOn("#" + AgendaPanel.RESET_ID);
        assertThat(text(robot, AgendaPanel.TIMER_ID)).isEqualTo("10:00");
        assertThat(robot.lookup("#" + AgendaPanel.START_ID).queryButton().getText()).isEqualTo("Start");
        robot.doubleClickOn("#" + AgendaPanel.MINUTES_ID).write("12").type(KeyCode.ENTER);
        OnFxThread.waitUntil(5, () -> "12:00".equals(text(robot, AgendaPanel.TIMER_ID)));

        // On to step 2 with its timer running: the workshop reopens there, its timer paused where Accord closed, so
        // the weeks until it is reopened never count as time spent on the step.
        nextStep(robot);
        assertThat(text(robot, AgendaPanel.STEP_TITLE_ID)).isEqualTo("Step 2 of 8: Goals side by side");
        robot.clickOn("#" + AgendaPanel.START_ID);
        awaitSaved(robot);
        Workshop saved = closeAndLoad(robot);
        assertThat(saved.guide().currentStep().kind()).isEqualTo(StepKind.GOALS);
        assertThat(saved.guide().steps().get(0).plannedMinutes()).isEqualTo(12);
        StepClock timer = saved.guide().clock(saved.guide().currentStep().id());
        assertThat(timer.running()).as("the timer stops when the program ends").isFalse();
        assertThat(timer.spentTotal(Instant.now().plus(Duration.ofDays(7)))).isEqualTo(timer.spentTotal(Instant.now()));
    }

    @Test
    void step1AParticipantsAnswerShowsInThePerceptionChart(FxRobot robot) throws Exception {
        openOn(robot, StepKind.PERCEPTION, w -> w);
        robot.clickOn("#" + PerceptionPane.ADD_ID).write("Ana Souza").type(KeyCode.ENTER);
        OnFxThread.waitUntil(5, () -> robot.lookup("Ana Souza").tryQuery().isPresent());
        ChoiceBox<LeadAnswer> lead = robot.lookup(n -> n.getId() != null && n.getId().startsWith(PerceptionPane.LEAD_PREFIX)).query();
        robot.interact(() -> lead.setValue(LeadAnswer.IT)); // a ChoiceBox's pop-up cannot be clicked headless
        BarChart<String, Number> chart = robot.lookup("#" + PerceptionPane.CHART_ID).query();
        OnFxThread.waitUntil(5, () ->
                chart.getData().get(0).getData().get(0).getYValue().doubleValue() == 100.0);
        assertThat(chart.getData().get(1).getData().get(0).getYValue().doubleValue()).isEqualTo(58.0);
        awaitSaved(robot);
        assertThat(closeAndLoad(robot).guide().participants()).singleElement()
                .satisfies(p -> assertThat(p.lead()).isEqualTo(LeadAnswer.IT));
    }

    @Test
    void step2ACioGoalIsLinkedWithACmoGoal(FxRobot robot) throws Exception {
        openOn(robot, StepKind.GOALS, w -> w);
        robot.clickOn("Innovative new market offerings or business practices");
        robot.clickOn("Digital marketing makeover (platforms, programs, people)");
        robot.clickOn("#" + GoalsPane.LINK_ID);
        assertThat(robot.lookup("#" + GoalsPane.LINKS_ID).queryAs(ListView.class).getItems()).hasSize(1);
        awaitSaved(robot);
        assertThat(closeAndLoad(robot).guide().goalLinks()).hasSize(1);
    }

    @Test
    void steps3And4ShowTheGridAndTheBlindEntryHidesRevealsAndSettlesTheLeadersViews(FxRobot robot) throws Exception {
        openOn(robot, StepKind.INVENTORY, w -> w);
        OnFxThread.waitUntil(5, () -> robot.lookup("#" + MatrixTable.ID).tryQuery().isPresent());
        nextStep(robot);
        assertThat(text(robot, AgendaPanel.STEP_TITLE_ID)).isEqualTo("Step 4 of 8: Who does what, and why");
        robot.clickOn("#" + WorkshopView.BLIND_MODE_ID);
        OnFxThread.waitUntil(5, () -> robot.lookup("#" + BlindEntryPane.GRID_ID).tryQuery().isPresent());
        focusFirstCell(robot, BlindEntryPane.GRID_ID);
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT).type(KeyCode.A);   // CIO's view: CIO is A on the first row
        robot.clickOn("#" + BlindEntryPane.ENTER_CMO_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(letterIn(robot, BlindEntryPane.GRID_ID, 1, 1)).isEmpty(); // the CIO's letter is hidden from the room
        focusFirstCell(robot, BlindEntryPane.GRID_ID);
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT).type(KeyCode.R);   // CMO's view: CIO is R
        robot.clickOn("#" + BlindEntryPane.REVEAL_ID);
        OnFxThread.waitUntil(5, () -> text(robot, BlindEntryPane.SUMMARY_ID).startsWith("1 difference"));
        // Each leader's whole row is shown with the differing cell, so the room settles it in context.
        assertThat(text(robot, BlindEntryPane.DIFFERENCE_ROW_PREFIX + 0)).startsWith("CIO's row: [CIO A] · CMO –")
                .contains("\nCMO's row: [CIO R] · CMO –");
        robot.clickOn("#" + BlindEntryPane.SETTLE_CMO_PREFIX + 0);
        OnFxThread.waitUntil(5, () -> text(robot, BlindEntryPane.SUMMARY_ID).contains("with the CMO's: 1"));
        whenShown(robot, "✓ Agreed: R (the CMO's letter)");
        robot.clickOn("#" + WorkshopView.AGREED_MODE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(letterIn(robot, MatrixTable.ID, 1, 1)).isEqualTo("R");
        awaitSaved(robot);
        Workshop saved = closeAndLoad(robot);
        assertThat(saved.guide().blindEntry().settledBy(SettledBy.CMO_VIEW)).isEqualTo(1);
        assertThat(saved.letter(saved.activities().get(0).id(), saved.roles().get(0).id())).hasValue(Raci.R);
    }

    @Test
    void step5ACampaignStageMappedToAnActivityWithoutAnAHasNoOwner(FxRobot robot) throws Exception {
        openOn(robot, StepKind.CAMPAIGN, w -> w);
        robot.clickOn("#" + CampaignPane.NAME_ID).write("Spring launch").type(KeyCode.ENTER);
        robot.clickOn("#" + ActivityPicker.tickId("Martech roadmap"));
        TableView<?> owners = robot.lookup("#" + CampaignPane.OWNERS_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> owners.getItems().get(0).toString().contains("NO_OWNER"));
        awaitSaved(robot);
        assertThat(closeAndLoad(robot).guide().campaign().name()).isEqualTo("Spring launch");
    }

    @Test
    void step6TheSameInitiativeInBothPortfoliosIsAnOverlapAndOneAddedByMistakeIsRemovedAlone(FxRobot robot)
            throws Exception {
        openOn(robot, StepKind.PORTFOLIO, w -> w);
        // Both are gaps (nothing linked).
        robot.clickOn("#" + PortfolioPane.NAME_ID).write("CRM upgrade").type(KeyCode.ENTER);
        ChoiceBox<Portfolio> portfolio = robot.lookup("#" + PortfolioPane.PORTFOLIO_ID).query();
        robot.interact(() -> portfolio.setValue(Portfolio.MARKETING));
        robot.clickOn("#" + PortfolioPane.NAME_ID).write("crm upgrade").type(KeyCode.ENTER);
        OnFxThread.waitUntil(5, () -> robot.lookup("#" + PortfolioPane.OVERLAPS_ID).queryAs(ListView.class).getItems().size() == 1);
        assertThat(robot.lookup("#" + PortfolioPane.GAPS_ID).queryAs(ListView.class).getItems()).hasSize(2);
        // The button waits for a choice, then removes only that one.
        robot.clickOn("#" + PortfolioPane.NAME_ID).write("Loyalty app").type(KeyCode.ENTER);
        TableView<?> initiatives = robot.lookup("#" + PortfolioPane.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> initiatives.getItems().size() == 3);
        Button removeInitiative = robot.lookup(".button").match(n -> "Remove initiative".equals(((Button) n).getText()))
                .queryButton();
        robot.interact(() -> initiatives.getSelectionModel().clearSelection());
        assertThat(removeInitiative.isDisabled()).as("nothing chosen, nothing to remove").isTrue();
        robot.clickOn("Loyalty app").clickOn(removeInitiative);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> initiatives.getItems().size() == 2);
        assertThat(robot.lookup("#" + PortfolioPane.OVERLAPS_ID).queryAs(ListView.class).getItems()).hasSize(1);
        awaitSaved(robot);
        assertThat(closeAndLoad(robot).guide().initiatives()).hasSize(2);
    }

    @Test
    void step7ARowIsAgreedTheCadenceSetAndAnActionItemAdded(FxRobot robot) throws Exception {
        openOn(robot, StepKind.AGREEMENTS, w -> w.withLetter(w.activities().get(0).id(), w.roles().get(0).id(), Raci.R));
        robot.clickOn("Martech roadmap");
        robot.clickOn("#" + AgreementsPane.AGREE_ID);
        // Its letters still break a rule (one R, no A): agreeing asks first.
        OnFxThread.waitUntil(5, () -> robot.lookup("#" + Confirm.YES_ID).tryQuery().isPresent());
        robot.clickOn("#" + Confirm.YES_ID);
        robot.doubleClickOn("#" + AgreementsPane.CADENCE_ID).write("30").type(KeyCode.ENTER);
        robot.clickOn("#" + AgreementsPane.ACTION_WHAT_ID).write("Draft the data charter");
        robot.clickOn("#" + AgreementsPane.ACTION_OWNER_ID).write("Ana Souza").type(KeyCode.ENTER);
        OnFxThread.waitUntil(5, () -> robot.lookup("#" + AgreementsPane.ACTIONS_ID).queryAs(TableView.class).getItems().size() == 1);
        awaitSaved(robot);
        Workshop saved = closeAndLoad(robot);
        assertThat(saved.activities().get(0).status()).isEqualTo(ActivityStatus.AGREED);
        assertThat(saved.guide().working().cadenceMinutesPerWeek()).isEqualTo(30);
        assertThat(saved.guide().actions()).singleElement().satisfies(a -> assertThat(a.owner()).isEqualTo("Ana Souza"));
    }

    @Test
    void step8TheWrapUpShowsTheRoomsWorkHandsItOutAndPresents(FxRobot robot) throws Exception {
        openOn(robot, StepKind.WRAP_UP, GuideWindowTest::throughStepSeven);
        assertThat(text(robot, AgendaPanel.STEP_TITLE_ID)).isEqualTo("Step 8 of 8: Wrap-up");
        whenShown(robot, "The CIO and CMO meet 30 minutes a week.");
        assertThat(robot.lookup((Node n) -> n instanceof Label l && l.getText().startsWith("⚠ Martech roadmap (agreed with open findings: ")
                && l.getText().contains(") — CIO and CMO"))
                .tryQuery()).isPresent();
        assertThat(robot.lookup((Node n) -> n instanceof Label l && l.getText().startsWith("□ Draft the data charter — Ana Souza"))
                .tryQuery()).isPresent();
        // The room's other work, as the PDF's workshop record has it.
        whenShown(robot, "Attendees (1 present of 1)");
        assertThat(robot.lookup((Node n) -> n instanceof Label l && l.getText().startsWith("Ana Souza, ")
                && l.getText().endsWith(" side, present")).tryQuery()).isPresent();
        assertThat(robot.lookup((Node n) -> n instanceof Label l && l.getText().startsWith("IT says IT leads: 100% here"))
                .tryQuery()).isPresent();
        whenShown(robot, "Portfolio review");
        assertThat(robot.lookup((Node n) -> n instanceof Label l && l.getText().startsWith("1 cell differed between the CIO's and the CMO's views: 0 settled with the CIO's letter, 1 with the CMO's"))
                .tryQuery()).isPresent();

        // The hand-outs are one click away: the agreements as CSV carry the agreed row and the action item.
        Path csv = data.resolve("handout agreements.csv");
        files.answer(csv);
        robot.clickOn("#" + WrapUpPane.HANDOUT_CSV_ID);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(csv));
        assertThat(files.lastSuggestedName).endsWith(" agreements.csv");
        String handout = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(handout).contains("\"Activity\",\"Martech roadmap\",\"CIO and CMO\"")
                .contains("\"Action item\",\"Draft the data charter\",\"Ana Souza\"");

        // Presentation mode: F5 hides the editing chrome, keeps step and timer, and the step keys still work.
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("presentation");
        assertThat(robot.lookup(".menu-bar").query().isVisible()).isFalse();
        assertThat(robot.lookup("#" + AgendaPanel.TIMER_ID).query().isVisible()).isTrue();
        assertThat(((Label) robot.lookup("#" + AgendaPanel.PURPOSE_ID).query()).getFont().getSize()).isGreaterThanOrEqualTo(24);
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_UP).release(KeyCode.CONTROL);
        assertThat(text(robot, AgendaPanel.STEP_TITLE_ID)).startsWith("Step 7 of 8");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".menu-bar").query().isVisible()).isTrue();
        awaitSaved(robot);
        assertThat(closeAndLoad(robot).guide().currentStep().kind()).isEqualTo(StepKind.AGREEMENTS);
    }

    /**
     * What the room did in steps 1 to 7, as the other tests do it through the window: Ana Souza (CIO, IT side,
     * present) says IT leads; the CIO put A and the CMO R on the first row, settled with the CMO's; the first row
     * is agreed by the CIO and CMO with its open findings; 30 minutes a week; one action item for Ana Souza.
     */
    private static Workshop throughStepSeven(Workshop w) {
        UUID first = w.activities().get(0).id();
        UUID cio = w.roles().get(0).id();
        Instant now = Instant.now();
        Workshop blind = w.withGuide(w.guide().withParticipantAdded(Participant.create("Ana Souza", cio, Side.IT)
                        .withLead(LeadAnswer.IT)))
                .withBlindLetter(Leader.CIO, first, cio, Raci.A)
                .withBlindLetter(Leader.CMO, first, cio, Raci.R)
                .withBlindViewsRevealed()
                .withDifferenceSettled(first, cio, SettledBy.CMO_VIEW, null)
                .withActivityAgreed(first, "CIO and CMO", now);
        return blind.withGuide(blind.guide()
                .withInitiativeAdded(Initiative.create("CRM upgrade", Portfolio.IT, false))
                .withInitiativeAdded(Initiative.create("crm upgrade", Portfolio.MARKETING, false))
                .withWorking(new WorkingAgreement(30, "", null))
                .withActionAdded(ActionItem.create("Draft the data charter", "Ana Souza", (LocalDate) null)));
    }

    /** A workshop from the default template, changed as a test needs, opened in the window on one step. */
    private void openOn(FxRobot robot, StepKind step, UnaryOperator<Workshop> prepare) throws Exception {
        openSavedWorkshop(robot, TITLE, step, prepare);
    }

    /** Closes the window as the facilitator does, and reads the workshop back from the file. */
    private Workshop closeAndLoad(FxRobot robot) {
        robot.interact(() -> stage.close());
        window.close();
        window = null;
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            return store.load(store.list().get(0).id());
        }
    }

    private static void nextStep(FxRobot robot) {
        robot.clickOn("#" + AgendaPanel.NEXT_ID);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return ((Label) robot.lookup("#" + id).query()).getText();
    }

    private static void focusFirstCell(FxRobot robot, String gridId) throws Exception {
        TableView<?> grid = robot.lookup("#" + gridId).queryTableView();
        robot.clickOn(robot.from(grid).lookup(".table-cell").match(n ->
                ((javafx.scene.control.TableCell<?, ?>) n).getIndex() == 0
                        && ((javafx.scene.control.TableCell<?, ?>) n).getTableColumn() == grid.getColumns().get(0))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, grid::isFocused);
    }

    private static String letterIn(FxRobot robot, String gridId, int row, int column) {
        TableView<?> grid = robot.lookup("#" + gridId).queryTableView();
        String text = robot.from(grid).lookup(".table-cell").match(n ->
                        ((javafx.scene.control.TableCell<?, ?>) n).getIndex() == row
                                && ((javafx.scene.control.TableCell<?, ?>) n).getTableColumn() == grid.getColumns().get(column))
                .queryAs(javafx.scene.control.TableCell.class).getText();
        return text == null ? "" : text;
    }
}
