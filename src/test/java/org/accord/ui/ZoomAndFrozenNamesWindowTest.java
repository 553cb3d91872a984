package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.accord.domain.Role;
import org.accord.domain.Side;
import org.accord.domain.Workshop;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.testing.GuidedWorkshop;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.accord.ui.workshop.matrix.MatrixTable;

/**
 * The room's zoom (Ctrl + plus, minus, 0) changes the grid's type and is remembered per workshop after leaving it
 * and opening it again (a new screen, which reads it back from the data folder); with a dozen roles the grid scrolls sideways and the activity names stay in view, in both modes
 * (issue 16.1).
 */
class ZoomAndFrozenNamesWindowTest extends WindowTest {
    @Override
    protected boolean openAtStart() {
        return false;
    }

    @Test
    void theZoomKeysChangeTheTypeAndTheWorkshopRemembersIt(FxRobot robot) throws Exception {
        openSavedWorkshopOnMatrixStep(robot, "Zoomed");
        double normal = nameFontSize(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double zoomed = nameFontSize(robot);
        assertThat(zoomed).as("after two steps in").isGreaterThan(normal * 1.2);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double oneStepIn = nameFontSize(robot);
        assertThat(oneStepIn).isGreaterThan(normal).isLessThan(zoomed);

        awaitSaved(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL); // back to the list of workshops
        whenShown(robot, "Zoomed");
        robot.doubleClickOn("Zoomed");
        OnFxThread.waitUntil(30, () -> robot.lookup("#" + MatrixTable.ID).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nameFontSize(robot)).as("reopened").isEqualTo(oneStepIn);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nameFontSize(robot)).as("Ctrl+0").isEqualTo(normal);
    }

    @Test
    void withTwelveRolesTheNamesStayInViewWhenTheGridScrollsSideways(FxRobot robot) throws Exception {
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            Workshop workshop = GuidedWorkshop.sample(Instant.parse("2026-11-22T09:00:00Z"));
            for (int i = workshop.roles().size(); i < 12; i++) {
                workshop = workshop.withRoleAdded(Role.create("Extra role " + i, "Extra " + i, Side.BUSINESS));
            }
            store.create(workshop);
        }
        robot.interact(() -> {
            openWindow();
            stage.setWidth(1280); // a meeting room's projector: twelve roles need more than its width
            stage.setHeight(720);
        });
        whenShown(robot, "Spring alignment");
        robot.doubleClickOn("Spring alignment");
        OnFxThread.waitUntil(30, () -> robot.lookup("#" + MatrixTable.ID).tryQuery().isPresent());
        for (boolean presenting : new boolean[] {false, true}) {
            if (presenting) {
                robot.type(KeyCode.F5);
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, stage::isFullScreen);
            }
            TableView<?> grid = robot.lookup("#" + MatrixTable.ID).queryTableView();
            ScrollBar sideways = robot.from(grid).lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                    .filter(bar -> bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL).findFirst().orElseThrow();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, sideways::isVisible);
            robot.interact(() -> sideways.setValue(sideways.getMax()));
            WaitForAsyncUtils.waitForFxEvents();
            String mode = presenting ? "presenting" : "normal";
            Bounds view = grid.localToScreen(grid.getLayoutBounds());
            TableCell<?, ?> name = robot.from(grid).lookup(".name-cell").queryAllAs(TableCell.class).stream()
                    .filter(cell -> cell.getIndex() == 1).findFirst().orElseThrow();
            Bounds at = name.localToScreen(name.getBoundsInLocal());
            assertThat(at.getMinX()).as("left edge of the first activity's name, " + mode)
                    .isBetween(view.getMinX() - 1, view.getMinX() + 4);
            javafx.scene.Node header = robot.from(grid).lookup(".column-header").match(n ->
                    n instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() == grid.getColumns().get(0)).query();
            assertThat(header.localToScreen(header.getBoundsInLocal()).getMinX()).as("the names' header, " + mode)
                    .isBetween(view.getMinX() - 1, view.getMinX() + 4);
            // The last role is in view beside the names.
            javafx.scene.Node last = robot.from(grid).lookup(".role-header").match(n ->
                    ((javafx.scene.control.Label) n).getText().equals("Extra 11")).query();
            assertThat(last.localToScreen(last.getBoundsInLocal()).getMinX()).isGreaterThan(at.getMaxX());
        }
        robot.type(KeyCode.F5);
    }

    private static double nameFontSize(FxRobot robot) {
        TableView<?> grid = robot.lookup("#" + MatrixTable.ID).queryTableView();
        return robot.from(grid).lookup(".name-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getIndex() == 1).findFirst().orElseThrow().getFont().getSize();
    }
}
