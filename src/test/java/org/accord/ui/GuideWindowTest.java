package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
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
import org.accord.domain.Workshop;
import org.accord.domain.guide.BlindEntry.SettledBy;
import org.accord.domain.guide.LeadAnswer;
import org.accord.domain.guide.Portfolio;
import org.accord.domain.guide.StepClock;
import org.accord.domain.guide.StepKind;
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

/** Walks a new workshop through every step of the agenda to the wrap-up, with the keyboard and the mouse. */
class GuideWindowTest extends WindowTest {

    @Test
    void aNewWorkshopWalksThroughEveryStepToTheWrapUpAndKeepsItAll(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#" + StartView.CREATE_ID).queryButton().isDisabled());
        robot.clickOn("#" + StartView.NEW_TITLE_ID).write("Guided session");
        robot.clickOn("#" + StartView.CREATE_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + GuideScreen.AGENDA_ID).tryQuery().isPresent());

        // 1 Welcome and perception check: the timer starts, a participant answers, the chart shows the room.
        assertThat(text(robot, "#" + AgendaPanel.STEP_TITLE_ID)).isEqualTo("Step 1 of 8: Welcome and perception check");
        assertThat(text(robot, "#" + AgendaPanel.TIMER_ID)).isEqualTo("10:00");
        robot.clickOn("#" + AgendaPanel.START_ID);
        assertThat(robot.lookup("#" + AgendaPanel.START_ID).queryButton().getText()).isEqualTo("Pause");
        robot.clickOn("#" + AgendaPanel.EXTEND_ID);
        assertThat(text(robot, "#" + AgendaPanel.TIMER_ID)).matches("1[45]:\\d\\d"); // five more minutes, still counting down
        robot.clickOn("#" + AgendaPanel.RESET_ID);
        assertThat(text(robot, "#" + AgendaPanel.TIMER_ID)).isEqualTo("10:00");
        assertThat(robot.lookup("#" + AgendaPanel.START_ID).queryButton().getText()).isEqualTo("Start");
        robot.doubleClickOn("#" + AgendaPanel.MINUTES_ID).write("12").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "12:00".equals(text(robot, "#" + AgendaPanel.TIMER_ID)));
        robot.clickOn("#" + AgendaPanel.START_ID);
        robot.clickOn("#" + PerceptionPane.ADD_ID).write("Ana Souza").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Ana Souza").tryQuery().isPresent());
        ChoiceBox<LeadAnswer> lead = robot.lookup(n -> n.getId() != null && n.getId().startsWith(PerceptionPane.LEAD_PREFIX)).query();
        robot.interact(() -> lead.setValue(LeadAnswer.IT)); // a ChoiceBox's pop-up cannot be clicked headless
        BarChart<String, Number> chart = robot.lookup("#" + PerceptionPane.CHART_ID).query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () ->
                chart.getData().get(0).getData().get(0).getYValue().doubleValue() == 100.0);
        assertThat(chart.getData().get(1).getData().get(0).getYValue().doubleValue()).isEqualTo(58.0);

        // 2 Goals side by side: link a CIO goal with a CMO goal.
        nextStep(robot);
        assertThat(text(robot, "#" + AgendaPanel.STEP_TITLE_ID)).isEqualTo("Step 2 of 8: Goals side by side");
        robot.clickOn("Innovative new market offerings or business practices");
        robot.clickOn("Digital marketing makeover (platforms, programs, people)");
        robot.clickOn("#" + GoalsPane.LINK_ID);
        assertThat(robot.lookup("#" + GoalsPane.LINKS_ID).queryAs(ListView.class).getItems()).hasSize(1);

        // 3 Overlap inventory shows the grid; 4 Who does what: blind entry, CIO then CMO, reveal, settle.
        nextStep(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + MatrixTable.ID).tryQuery().isPresent());
        nextStep(robot);
        assertThat(text(robot, "#" + AgendaPanel.STEP_TITLE_ID)).isEqualTo("Step 4 of 8: Who does what, and why");
        robot.clickOn("#" + WorkshopView.BLIND_MODE_ID);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + BlindEntryPane.GRID_ID).tryQuery().isPresent());
        focusFirstCell(robot, "#" + BlindEntryPane.GRID_ID);
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT).type(KeyCode.A);   // CIO's view: CIO is A on the first row
        robot.clickOn("#" + BlindEntryPane.ENTER_CMO_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(letterIn(robot, "#" + BlindEntryPane.GRID_ID, 1, 1)).isEmpty(); // the CIO's letter is hidden from the room
        focusFirstCell(robot, "#" + BlindEntryPane.GRID_ID);
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT).type(KeyCode.R);   // CMO's view: CIO is R
        robot.clickOn("#" + BlindEntryPane.REVEAL_ID);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#" + BlindEntryPane.SUMMARY_ID).startsWith("1 difference"));
        robot.clickOn("#" + BlindEntryPane.SETTLE_CMO_PREFIX + 0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#" + BlindEntryPane.SUMMARY_ID).contains("with the CMO's: 1"));
        robot.clickOn("#" + WorkshopView.AGREED_MODE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(letterIn(robot, "#" + MatrixTable.ID, 1, 1)).isEqualTo("R");

        // 5 Test case: name the campaign, map the first stage to the first activity: it has no A, so no owner.
        nextStep(robot);
        robot.clickOn("#" + CampaignPane.NAME_ID).write("Spring launch").type(KeyCode.ENTER);
        robot.clickOn("#" + ActivityPicker.tickId("Martech roadmap"));
        TableView<?> owners = robot.lookup("#" + CampaignPane.OWNERS_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> owners.getItems().get(0).toString().contains("NO_OWNER"));

        // 6 Portfolio: the same initiative in both portfolios is an overlap; both are gaps (nothing linked).
        nextStep(robot);
        robot.clickOn("#" + PortfolioPane.NAME_ID).write("CRM upgrade").type(KeyCode.ENTER);
        ChoiceBox<Portfolio> portfolio = robot.lookup("#" + PortfolioPane.PORTFOLIO_ID).query();
        robot.interact(() -> portfolio.setValue(Portfolio.MARKETING));
        robot.clickOn("#" + PortfolioPane.NAME_ID).write("crm upgrade").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + PortfolioPane.OVERLAPS_ID).queryAs(ListView.class).getItems().size() == 1);
        assertThat(robot.lookup("#" + PortfolioPane.GAPS_ID).queryAs(ListView.class).getItems()).hasSize(2);
        // One added by mistake is removed again: the button waits for a choice, then removes only that one.
        robot.clickOn("#" + PortfolioPane.NAME_ID).write("Loyalty app").type(KeyCode.ENTER);
        TableView<?> initiatives = robot.lookup("#" + PortfolioPane.TABLE_ID).queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> initiatives.getItems().size() == 3);
        Button removeInitiative = robot.lookup(".button").match(n -> "Remove initiative".equals(((Button) n).getText()))
                .queryButton();
        robot.interact(() -> initiatives.getSelectionModel().clearSelection());
        assertThat(removeInitiative.isDisabled()).as("nothing chosen, nothing to remove").isTrue();
        robot.clickOn("Loyalty app").clickOn(removeInitiative);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> initiatives.getItems().size() == 2);
        assertThat(robot.lookup("#" + PortfolioPane.OVERLAPS_ID).queryAs(ListView.class).getItems()).hasSize(1);

        // 7 Agreements: agree the first row, the weekly cadence, one action item.
        nextStep(robot);
        robot.clickOn("Martech roadmap");
        robot.clickOn("#" + AgreementsPane.AGREE_ID);
        // Its letters still break a rule (one R, no A): agreeing asks first.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + Confirm.YES_ID).tryQuery().isPresent());
        robot.clickOn("#" + Confirm.YES_ID);
        robot.doubleClickOn("#" + AgreementsPane.CADENCE_ID).write("30").type(KeyCode.ENTER);
        robot.clickOn("#" + AgreementsPane.ACTION_WHAT_ID).write("Draft the data charter");
        robot.clickOn("#" + AgreementsPane.ACTION_OWNER_ID).write("Ana Souza").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + AgreementsPane.ACTIONS_ID).queryAs(TableView.class).getItems().size() == 1);

        // 8 Wrap-up: everything on one screen.
        nextStep(robot);
        assertThat(text(robot, "#" + AgendaPanel.STEP_TITLE_ID)).isEqualTo("Step 8 of 8: Wrap-up");
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
        java.nio.file.Path csv = data.resolve("handout agreements.csv");
        files.answer(csv);
        robot.clickOn("#" + WrapUpPane.HANDOUT_CSV_ID);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(csv));
        assertThat(files.lastSuggestedName).endsWith(" agreements.csv");
        String handout = java.nio.file.Files.readString(csv, java.nio.charset.StandardCharsets.UTF_8);
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
        assertThat(text(robot, "#" + AgendaPanel.STEP_TITLE_ID)).startsWith("Step 7 of 8");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".menu-bar").query().isVisible()).isTrue();
        awaitSaved(robot);

        // Everything is in the file, and the workshop reopens on the step it was on, its timer paused where Accord
        // closed: the weeks until it is reopened never count as time spent on the step.
        robot.interact(() -> stage.close());
        window.close();
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            Workshop saved = store.load(store.list().get(0).id());
            assertThat(saved.guide().currentStep().kind()).isEqualTo(StepKind.AGREEMENTS);
            StepClock timer = saved.guide().clock(saved.guide().currentStep().id());
            assertThat(timer.running()).as("the timer stops when the program ends").isFalse();
            assertThat(timer.spentTotal(java.time.Instant.now().plus(java.time.Duration.ofDays(7))))
                    .isEqualTo(timer.spentTotal(java.time.Instant.now()));
            assertThat(saved.guide().participants()).singleElement().satisfies(p -> assertThat(p.lead()).isEqualTo(LeadAnswer.IT));
            assertThat(saved.guide().goalLinks()).hasSize(1);
            assertThat(saved.guide().blindEntry().settledBy(SettledBy.CMO_VIEW)).isEqualTo(1);
            assertThat(saved.letter(saved.activities().get(0).id(), saved.roles().get(0).id())).hasValue(Raci.R);
            assertThat(saved.guide().campaign().name()).isEqualTo("Spring launch");
            assertThat(saved.guide().initiatives()).hasSize(2);
            assertThat(saved.activities().get(0).status()).isEqualTo(ActivityStatus.AGREED);
            assertThat(saved.guide().working().cadenceMinutesPerWeek()).isEqualTo(30);
            assertThat(saved.guide().actions()).singleElement().satisfies(a -> assertThat(a.owner()).isEqualTo("Ana Souza"));
        }
    }

    private static void nextStep(FxRobot robot) {
        robot.clickOn("#" + AgendaPanel.NEXT_ID);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return ((Label) robot.lookup(id).query()).getText();
    }

    private static void focusFirstCell(FxRobot robot, String gridId) throws Exception {
        TableView<?> grid = robot.lookup(gridId).queryTableView();
        robot.clickOn(robot.from(grid).lookup(".table-cell").match(n ->
                ((javafx.scene.control.TableCell<?, ?>) n).getIndex() == 0
                        && ((javafx.scene.control.TableCell<?, ?>) n).getTableColumn() == grid.getColumns().get(0))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, grid::isFocused);
    }

    private static String letterIn(FxRobot robot, String gridId, int row, int column) {
        TableView<?> grid = robot.lookup(gridId).queryTableView();
        String text = robot.from(grid).lookup(".table-cell").match(n ->
                        ((javafx.scene.control.TableCell<?, ?>) n).getIndex() == row
                                && ((javafx.scene.control.TableCell<?, ?>) n).getTableColumn() == grid.getColumns().get(column))
                .queryAs(javafx.scene.control.TableCell.class).getText();
        return text == null ? "" : text;
    }
}
