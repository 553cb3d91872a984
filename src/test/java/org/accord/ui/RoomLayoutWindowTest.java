package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.accord.ui.start.StartView;
import org.accord.ui.workshop.guide.GuideScreen;
import org.accord.ui.workshop.matrix.MatrixTable;

/**
 * The matrix on the projectors meeting rooms have (issue 16.1): with the sample workshop (real activity names) at
 * 1280×720 and 1024×768, every one of the seven roles and at least eight rows are in view; presenting, at least
 * eight rows with letters of 24 px or more. The trial run saw one role column, and 1.5 rows while presenting.
 */
class RoomLayoutWindowTest extends WindowTest {
    private static final List<String> SAMPLE_ROLES = List.of("CIO", "CMO", "MarTech", "EA", "Data", "Procure", "Security");

    @Override
    protected boolean openAtStart() {
        return false;
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 720", "1024, 768"})
    void everyRoleAndEightRowsAreInViewInBothModes(int width, int height, FxRobot robot) throws Exception {
        openSampleAt(robot, width, height);
        TableView<?> grid = robot.lookup("#" + MatrixTable.ID).queryTableView();
        OnFxThread.waitUntil(5, () -> rolesOutOfView(robot, grid).isEmpty());
        assertThat(rolesOutOfView(robot, grid)).as("role headers outside the grid").isEmpty();
        assertThat(rowsInView(robot, grid)).as("rows wholly in view").isGreaterThanOrEqualTo(8);

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, stage::isFullScreen);
        // The test screen is 1920×1080: the window is made the size of the projector's screen again.
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getScene().getWidth() == width);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowsInView(robot, grid)).as("rows wholly in view, presenting").isGreaterThanOrEqualTo(8);
        assertThat(letterFont(robot, grid).getSize()).as("letter size, presenting").isGreaterThanOrEqualTo(24);
        robot.type(KeyCode.F5);
    }

    private void openSampleAt(FxRobot robot, int width, int height) throws Exception {
        robot.interact(() -> {
            openWindow();
            stage.setWidth(width);
            stage.setHeight(height);
        });
        // The database is open once a workshop can be created; the sample button shows before that.
        OnFxThread.waitUntil(30, () -> !robot.lookup("#" + StartView.CREATE_ID).queryButton().isDisabled());
        OnFxThread.waitUntil(30, () -> robot.lookup("#" + StartView.SAMPLE_ID).tryQuery()
                .filter(button -> !button.isDisabled() && button.isVisible()).isPresent());
        // The button's own action: this test is about the workshop screen, and headless a click right after the
        // window's resize sometimes missed the moved button (StartScreenTest clicks it).
        robot.interact(robot.lookup("#" + StartView.SAMPLE_ID).queryButton()::fire);
        OnFxThread.waitUntil(30, () -> robot.lookup("#" + MatrixTable.ID).tryQuery().isPresent()
                && robot.lookup("#" + GuideScreen.AGENDA_ID).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static List<String> rolesOutOfView(FxRobot robot, TableView<?> grid) {
        Bounds view = grid.localToScreen(grid.getLayoutBounds());
        List<Label> roles = robot.from(grid).lookup(".role-header").queryAllAs(Label.class).stream().toList();
        assertThat(roles).extracting(Label::getText).containsExactlyInAnyOrderElementsOf(SAMPLE_ROLES);
        return roles.stream().filter(role -> {
            Bounds at = role.localToScreen(role.getLayoutBounds());
            return at.getMinX() < view.getMinX() || at.getMaxX() > view.getMaxX();
        }).map(Label::getText).toList();
    }

    /** The grid's rows (headings and activities) that are on screen from top to bottom within the grid. */
    static long rowsInView(FxRobot robot, TableView<?> grid) {
        Node flow = grid.lookup(".clipped-container");
        Bounds view = flow.localToScreen(flow.getLayoutBounds());
        return robot.from(grid).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.isVisible() && !row.isEmpty() && row.getIndex() >= 0)
                .map(row -> row.localToScreen(row.getLayoutBounds()))
                .filter(at -> at.getMinY() >= view.getMinY() - 0.5 && at.getMaxY() <= view.getMaxY() + 0.5)
                .count();
    }

    static Font letterFont(FxRobot robot, TableView<?> grid) {
        return robot.from(grid).lookup(".letter-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getText() != null && !cell.getText().isEmpty()).findFirst().orElseThrow().getFont();
    }
}
