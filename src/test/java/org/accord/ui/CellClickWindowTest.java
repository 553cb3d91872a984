package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.accord.ui.workshop.WorkshopView;
import org.accord.ui.workshop.matrix.BlindEntryPane;
import org.accord.ui.workshop.matrix.MatrixTable;

/**
 * A click on a cell selects it; the letter menu opens on a right-click or a click on the cell that was already
 * selected; a letter typed with the menu open sets the letter and closes the menu, so the next Down moves on in the
 * grid. The trial run found one click opening the menu, and a row of letters landing in one row because the open
 * menu took the arrow keys (issue 16.3); the blind-entry grid is the same grid.
 */
class CellClickWindowTest extends WindowTest {
    @Override
    protected boolean openAtStart() {
        return false; // each test opens a workshop saved for it, on the matrix step
    }

    @Test
    void aClickSelectsAndASecondClickOrARightClickOpensTheMenuInTheAgreedGrid(FxRobot robot) throws Exception {
        openSavedWorkshopOnMatrixStep(robot, "Clicks");
        clickSelectsThenMenuTakesOneLetter(robot, "#" + MatrixTable.ID);
    }

    @Test
    void theBlindEntryGridAnswersClicksTheSameWay(FxRobot robot) throws Exception {
        openSavedWorkshopOnMatrixStep(robot, "Blind clicks");
        robot.clickOn("#" + WorkshopView.BLIND_MODE_ID);
        OnFxThread.waitUntil(5, () -> robot.lookup("#" + BlindEntryPane.GRID_ID).tryQuery().isPresent());
        clickSelectsThenMenuTakesOneLetter(robot, "#" + BlindEntryPane.GRID_ID);
    }

    private void clickSelectsThenMenuTakesOneLetter(FxRobot robot, String gridId) throws Exception {
        TableView<?> grid = robot.lookup(gridId).queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        // Row 0 is the first group's heading; rows 1 and 2 its first two activities; column 2 the CMO.
        robot.clickOn(cell(robot, gridId, 1, 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedRow(grid)).isEqualTo(1);
        assertThat(menuOpen()).as("a menu after one click on an unselected cell").isFalse();

        robot.clickOn(cell(robot, gridId, 1, 2));
        OnFxThread.waitUntil(5, CellClickWindowTest::menuOpen);
        robot.type(KeyCode.C);
        OnFxThread.waitUntil(5, () -> !menuOpen());
        assertThat(letter(robot, gridId, 1, 2)).isEqualTo("C");
        robot.type(KeyCode.DOWN).type(KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedRow(grid)).as("the row Down moved to").isEqualTo(2);
        assertThat(letter(robot, gridId, 2, 2)).isEqualTo("I");
        assertThat(letter(robot, gridId, 1, 2)).as("the row the menu was opened in keeps its letter").isEqualTo("C");

        // A right-click opens the menu on any cell, selected or not.
        robot.clickOn(cell(robot, gridId, 1, 3), MouseButton.SECONDARY);
        OnFxThread.waitUntil(5, CellClickWindowTest::menuOpen);
        robot.type(KeyCode.R);
        OnFxThread.waitUntil(5, () -> !menuOpen());
        assertThat(letter(robot, gridId, 1, 3)).isEqualTo("R");
        awaitSaved(robot);
    }

    private static boolean menuOpen() {
        return Window.getWindows().stream().anyMatch(w -> w instanceof ContextMenu && w.isShowing());
    }

    private static int focusedRow(TableView<?> grid) {
        return grid.getFocusModel().getFocusedCell().getRow();
    }

    private static Node cell(FxRobot robot, String gridId, int row, int column) {
        TableView<?> grid = robot.lookup(gridId).queryTableView();
        return robot.from(grid).lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && c.getIndex() == row
                && c.getTableColumn() == grid.getColumns().get(column) && n.isVisible()).query();
    }

    private static String letter(FxRobot robot, String gridId, int row, int column) {
        String text = ((TableCell<?, ?>) cell(robot, gridId, row, column)).getText();
        return text == null ? "" : text;
    }
}
