package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.accord.ui.common.NameDialog;
import org.accord.ui.workshop.WorkshopView;
import org.accord.ui.workshop.matrix.MatrixRow;
import org.accord.ui.workshop.matrix.MatrixTable;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a change did is shown: a new activity is scrolled into view and selected (it appeared below the fold), and an
 * undo of a cell that is off screen scrolls to that cell and selects it (it changed nothing visible).
 */
class RevealChangeWindowTest extends WindowTest {

    @Test
    void aNewActivityAndAnUndoneCellAreScrolledToAndSelected(FxRobot robot) throws Exception {
        createWorkshop(robot, "Reveal");
        TableView<MatrixRow> grid = robot.lookup("#" + MatrixTable.ID).queryTableView();

        // A letter on the first activity's first role, then the grid scrolled to its end.
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT).type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        int letterRow = grid.getFocusModel().getFocusedIndex();
        robot.interact(() -> grid.scrollTo(grid.getItems().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(grid.getSelectionModel().getSelectedIndex()).isEqualTo(letterRow);
        assertThat(grid.getSelectionModel().getSelectedCells().get(0).getTableColumn()).isSameAs(grid.getColumns().get(1));
        assertThat(rowShown(robot, grid, letterRow)).as("the undone cell's row is on screen").isTrue();

        // A new activity: in view and selected.
        robot.clickOn("#" + WorkshopView.ADD_ACTIVITY_ID);
        OnFxThread.waitUntil(5, () -> robot.lookup("#" + NameDialog.FIELD_ID).tryQuery().isPresent());
        robot.clickOn("#" + NameDialog.FIELD_ID).write("Zoë's new activity");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "OK".equals(((Button) n).getText())).queryButton());
        OnFxThread.waitUntil(5, () -> robot.lookup("Zoë's new activity")
                .match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        int selected = grid.getSelectionModel().getSelectedIndex();
        assertThat(rowShown(robot, grid, selected)).isTrue();
        javafx.scene.Node selectedRow = robot.from(grid).lookup(".table-row-cell")
                .match(n -> ((javafx.scene.control.TableRow<?>) n).getIndex() == selected).query();
        assertThat(robot.from(selectedRow).lookup("Zoë's new activity").tryQuery()).as("the new activity is selected").isPresent();
        awaitSaved(robot);
    }

    /** True when the row is laid out inside the grid's visible area. */
    private static boolean rowShown(FxRobot robot, TableView<?> grid, int index) {
        return robot.from(grid).lookup(".table-row-cell").match(n -> ((javafx.scene.control.TableRow<?>) n).getIndex() == index
                && n.isVisible() && grid.localToScene(grid.getBoundsInLocal())
                .contains(n.localToScene(n.getBoundsInLocal()).getCenterX(), n.localToScene(n.getBoundsInLocal()).getCenterY()))
                .tryQuery().isPresent();
    }
}
