package org.accord.ui;

import org.accord.testing.OnFxThread;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.accord.domain.guide.Leader;
import org.accord.domain.round.Change;
import org.accord.ui.workshop.guide.ChangesView;
import org.accord.ui.workshop.guide.CloseRoundDialog;
import org.accord.ui.workshop.guide.WrapUpPane;
import org.accord.ui.workshop.matrix.MatrixTable;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Closing a round at the wrap-up, the grid's marks of what changed since, and the change view (issue 19). */
class RoundsWindowTest extends WindowTest {
    @Override
    protected boolean openAtStart() {
        return false; // the workshop is saved first, already on the matrix step
    }

    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass(MatrixTable.CHANGED_STATE_NAME);

    private static String roundStatus(FxRobot robot) {
        return robot.lookup("#" + WrapUpPane.ROUND_STATUS_ID).queryAs(Label.class).getText();
    }

    /** The grid's letter cells now marked as changed since the last round. */
    private static List<TableCell<?, ?>> markedCells(FxRobot robot) {
        TableView<?> grid = robot.lookup("#" + MatrixTable.ID).queryTableView();
        return robot.from(grid).lookup(".letter-cell").match(n -> n.getPseudoClassStates().contains(CHANGED)
                && n.isVisible()).<TableCell<?, ?>>queryAll().stream().toList();
    }

    private static void previousSteps(FxRobot robot, int steps) {
        for (int i = 0; i < steps; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_UP).release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aClosedRoundMarksLaterChangesInTheGridAndTheChangeViewListsThem(FxRobot robot) throws Exception {
        openSavedWorkshopOnMatrixStep(robot, "Rounds");
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT).type(KeyCode.A);
        awaitSaved(robot);

        // At the wrap-up the facilitator closes Round 1, with the CIO's sign-off.
        nextSteps(robot, 4);
        OnFxThread.waitUntil(30, () -> roundStatus(robot).equals("No round closed yet."));
        robot.clickOn("#" + WrapUpPane.CLOSE_ROUND_ID);
        OnFxThread.waitUntil(30,
                () -> robot.lookup("#" + CloseRoundDialog.fieldId("Name", Leader.CIO)).tryQuery().isPresent());
        assertThat(robot.lookup("#" + CloseRoundDialog.NAME_ID).queryTextInputControl().getText()).isEqualTo("Round 1");
        robot.clickOn("#" + CloseRoundDialog.fieldId("Name", Leader.CIO)).write("Ana Ruiz");
        // A date that is not one is refused at the field, in words, and OK waits for it.
        var date = robot.lookup("#" + CloseRoundDialog.fieldId("Date", Leader.CIO)).queryTextInputControl();
        String today = date.getText();
        robot.interact(() -> date.setText("next Tuesday"));
        WaitForAsyncUtils.waitForFxEvents();
        // Read on the JavaFX thread: a lookup from here raced the dialog's layout (IndexOutOfBounds, once).
        assertThat(OnFxThread.call(() -> robot.lookup("#" + CloseRoundDialog.MESSAGE_ID).queryAs(Label.class).getText()))
                .isEqualTo("Write the date Ana Ruiz signed as year-month-day, for example 2026-12-02.");
        assertThat(OnFxThread.call(() -> robot.lookup(".dialog-pane .button")
                .match(n -> "OK".equals(((Button) n).getText())).queryButton().isDisabled())).isTrue();
        robot.interact(() -> date.setText(today));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "OK".equals(((Button) n).getText())).queryButton());
        OnFxThread.waitUntil(30, () -> roundStatus(robot).startsWith("Round 1, agreed "));
        assertThat(roundStatus(robot)).contains("signed by Ana Ruiz (Chief Information Officer)");

        // Back in the grid, nothing is marked until a letter changes; then its cell is, with the old letter.
        previousSteps(robot, 4);
        OnFxThread.waitUntil(30, () -> robot.lookup("#" + MatrixTable.ID).tryQuery().isPresent());
        assertThat(markedCells(robot)).isEmpty();
        TableView<?> grid = robot.lookup("#" + MatrixTable.ID).queryTableView();
        TableCell<?, ?> agreedCell = robot.from(grid).lookup(".letter-cell")
                .match(n -> "A".equals(((TableCell<?, ?>) n).getText())).query();
        robot.clickOn(agreedCell).type(KeyCode.R);
        OnFxThread.waitUntil(30, () -> markedCells(robot).size() == 1);
        TableCell<?, ?> marked = markedCells(robot).get(0);
        assertThat(marked.getText()).isEqualTo("R");
        // The pointer is still on the cell it clicked: the tooltip comes with the next time it rests there.
        robot.moveTo(robot.from(grid).lookup(".column-header").nth(0).queryAs(javafx.scene.Node.class)).moveTo(marked);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> marked.getTooltip() != null);
        assertThat(marked.getTooltip().getText()).isEqualTo("Changed since Round 1: was A");

        // Undo takes the change back, and with it the mark; redo brings both. (Each saved before the next, so the
        // audit trail below has all three.)
        awaitSaved(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        OnFxThread.waitUntil(30, () -> markedCells(robot).isEmpty());
        awaitSaved(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        OnFxThread.waitUntil(30, () -> markedCells(robot).size() == 1);
        awaitSaved(robot);

        // The change view lists it: before → after, and when.
        nextSteps(robot, 4);
        robot.clickOn("#" + WrapUpPane.CHANGES_ID);
        OnFxThread.waitUntil(30, () -> robot.lookup("#" + ChangesView.TITLE_ID).tryQuery()
                .map(l -> ((Label) l).getText().equals("Changes since Round 1 (1)")).orElse(false));
        TableView<Change> changes = robot.lookup("#" + ChangesView.TABLE_ID).queryTableView();
        assertThat(changes.getItems()).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo("A");
            assertThat(c.after()).isEqualTo("R");
            assertThat(c.when()).isNotNull();
        });
        // The audit trail keeps every saved edit: R typed, undone, redone.
        robot.clickOn("#" + ChangesView.EVERY_EDIT_ID);
        OnFxThread.waitUntil(30, () -> robot.lookup("#" + ChangesView.TITLE_ID).tryQuery()
                .map(l -> ((Label) l).getText().startsWith("Every edit saved since Round 1")).orElse(false));
        assertThat(changes.getItems()).extracting(c -> c.before() + "→" + c.after()).endsWith("A→R");
        assertThat(changes.getItems()).extracting(c -> c.before() + "→" + c.after()).contains("R→A");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "Close".equals(((Button) n).getText())).queryButton());

        // Closing the next round clears the marks: its changes are agreed now.
        robot.clickOn("#" + WrapUpPane.CLOSE_ROUND_ID);
        OnFxThread.waitUntil(30,
                () -> robot.lookup("#" + CloseRoundDialog.NAME_ID).tryQuery().isPresent());
        assertThat(robot.lookup("#" + CloseRoundDialog.NAME_ID).queryTextInputControl().getText()).isEqualTo("Round 2");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "OK".equals(((Button) n).getText())).queryButton());
        OnFxThread.waitUntil(30, () -> roundStatus(robot).startsWith("Round 2, agreed "));

        // Any two rounds compare: from Round 1 to Round 2, the letter changed between them.
        robot.clickOn("#" + WrapUpPane.CHANGES_ID);
        OnFxThread.waitUntil(30, () -> robot.lookup("#" + ChangesView.TITLE_ID).tryQuery()
                .map(l -> ((Label) l).getText().startsWith("No changes since Round 2")).orElse(false));
        javafx.scene.control.ComboBox<?> from = robot.lookup("#" + ChangesView.FROM_ID).queryComboBox();
        robot.interact(() -> from.getSelectionModel().select(0));
        javafx.scene.control.ComboBox<?> to = robot.lookup("#" + ChangesView.TO_ID).queryComboBox();
        assertThat(to.getItems()).extracting(Object::toString).containsExactly("Now", "Round 2");
        robot.interact(() -> to.getSelectionModel().select(1));
        OnFxThread.waitUntil(30, () -> robot.lookup("#" + ChangesView.TITLE_ID).tryQuery()
                .map(l -> ((Label) l).getText().equals("Changes from Round 1 to Round 2 (1)")).orElse(false));
        TableView<Change> between = robot.lookup("#" + ChangesView.TABLE_ID).queryTableView();
        assertThat(between.getItems()).singleElement()
                .satisfies(c -> assertThat(c.before() + "→" + c.after()).isEqualTo("A→R"));
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "Close".equals(((Button) n).getText())).queryButton());
        previousSteps(robot, 4);
        OnFxThread.waitUntil(30, () -> robot.lookup("#" + MatrixTable.ID).tryQuery().isPresent());
        OnFxThread.waitUntil(30, () -> markedCells(robot).isEmpty());
    }
}
