package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.accord.testing.OnFxThread;
import org.accord.ui.workshop.guide.PerceptionPane;
import org.accord.ui.workshop.room.RoomPanel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Step 1 on a 1280×720 projector while the room joins (issue 18): the QR code, the address, the join code and the
 * whole chart are on the screen at once, on the laptop and presenting (F5); the chart's names stand upright and a
 * 100 % bar's figure is inside the chart; the advice for unreachable phones names what is on screen. Before, the
 * chart was below the fold under the QR code, its names turned and cut off presenting, and the 100 % figure cut off.
 */
class RoomJoinLayoutWindowTest extends RoomWindowTest {

    @Test
    void atTwelveEightyTheCodeTheAddressAndTheWholeChartAreInViewAlsoPresenting(FxRobot robot) throws Exception {
        createWorkshopOnFirstStep(robot, "Projector");
        resizeTo(robot, 1280, 720);
        startTheRoom(robot);

        // One phone on the IT side says IT leads: that bar is 100 %.
        URI address = roomAddress(robot);
        String code = joinCode(robot);
        String token = joinPhone(address, code);
        post(address, "/api/answer", token, "{\"seq\":1,\"side\":\"IT\",\"lead\":\"IT\",\"rating\":\"GOOD\"}");
        // Three from marketing, two of whom say marketing leads: 67 % beside the survey's 69 %, two figures at one
        // height side by side.
        for (String lead : List.of("MARKETING", "MARKETING", "IT")) {
            post(address, "/api/answer", joinPhone(address, code), "{\"seq\":1,\"side\":\"MARKETING\",\"lead\":\""
                    + lead + "\",\"rating\":\"GOOD\"}");
        }
        BarChart<?, ?> chart = robot.lookup("#" + PerceptionPane.CHART_ID).queryAs(BarChart.class);
        OnFxThread.waitUntil(10, () -> figure(robot, chart, "100 %") != null && figure(robot, chart, "67 %") != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertAllInView(robot, chart, "on the laptop");
        // The room's answers, one line each, in rows not much taller than their text (the theme's rows for clicking
        // were over twice as high, and the projector showed five answers).
        javafx.scene.control.ListCell<?> answerRow = robot.lookup("#" + PerceptionPane.ANSWERS_FROM_ROOM_ID + " .list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class).stream().filter(c -> !c.isEmpty()).findFirst().orElseThrow();
        Node answerText = robot.from(answerRow).lookup(".text").query();
        assertThat(answerRow.getHeight()).as("an answer's row against its text's height")
                .isLessThanOrEqualTo(1.8 * answerText.getLayoutBounds().getHeight());
        Label hint = robot.lookup("#" + RoomPanel.HINT_ID).queryAs(Label.class);
        assertThat(hint.getText()).as("the advice names the buttons on screen, not a list that is hidden")
                .contains("Stop").contains("Let the room join").doesNotContain("address here");
        assertThat(robot.lookup("#" + RoomPanel.STOP_ID).queryAs(Button.class).isVisible()).isTrue();

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, stage::isFullScreen);
        resizeTo(robot, 1280, 720); // the test screen is 1920×1080: the projector's size again
        assertAllInView(robot, chart, "presenting");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !stage.isFullScreen());

        // On a 1920×1080 projector the code takes the same share of the screen's height as at 1280×720 (a third),
        // so the room sees it as large; at a fixed size it was projected a third smaller.
        resizeTo(robot, 1280, 720);
        double smallWidth = OnFxThread.call(() -> robot.lookup("#" + RoomPanel.QR_ID).query().getLayoutBounds().getWidth());
        double smallShare = smallWidth / stage.getScene().getHeight();
        resizeTo(robot, 1920, 1080);
        double largeWidth = OnFxThread.call(() -> robot.lookup("#" + RoomPanel.QR_ID).query().getLayoutBounds().getWidth());
        assertThat(largeWidth / stage.getScene().getHeight()).as("the code's share of a 1080-pixel-high window")
                .isCloseTo(smallShare, org.assertj.core.data.Offset.offset(0.04));
        assertThat(smallWidth).as("the code at 1280×720").isGreaterThanOrEqualTo(200);
        assertThat(largeWidth).as("the code at 1920×1080").isGreaterThan(smallWidth * 1.4);
        assertAllInView(robot, chart, "at 1920×1080");
    }

    private void resizeTo(FxRobot robot, int width, int height) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getScene().getWidth() == width);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertAllInView(FxRobot robot, BarChart<?, ?> chart, String where) {
        Bounds screen = stage.getScene().getRoot().localToScreen(stage.getScene().getRoot().getLayoutBounds());
        for (String id : new String[] {RoomPanel.QR_ID, RoomPanel.ADDRESS_ID, RoomPanel.CODE_ID, PerceptionPane.CHART_ID}) {
            Node node = robot.lookup("#" + id).query();
            Bounds at = node.localToScreen(node.getLayoutBounds());
            assertThat(screen.contains(at)).as("#%s %s within the window (%s in %s)", id, where, at, screen).isTrue();
        }
        Label address = robot.lookup("#" + RoomPanel.ADDRESS_ID).queryAs(Label.class);
        assertThat(address.getWidth()).as("the address whole, " + where)
                .isGreaterThanOrEqualTo(address.prefWidth(-1) - 0.5);
        CategoryAxis names = (CategoryAxis) chart.getXAxis();
        assertThat(names.getTickLabelRotation()).as("the chart's names upright, " + where).isZero();
        Node plot = robot.from(chart).lookup(".chart-plot-background").query();
        Bounds plotArea = plot.localToScreen(plot.getLayoutBounds());
        Label hundred = figure(robot, chart, "100 %");
        Bounds figureAt = hundred.localToScreen(hundred.getLayoutBounds());
        assertThat(figureAt.getMinY()).as("the 100 %% figure inside the chart's area, " + where)
                .isGreaterThanOrEqualTo(plotArea.getMinY() - 0.5);
        assertThat(figureAt.getMinX()).as("the 100 %% figure whole, not cut at the chart's left edge, " + where)
                .isGreaterThanOrEqualTo(plotArea.getMinX() - 0.5);
        // No two figures run into each other ("100 %58 %" presenting at 1280×720, before).
        List<Label> figures = robot.from(chart).lookup(".bar-value").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).toList();
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                Bounds a = figures.get(i).getBoundsInParent();
                Bounds b = figures.get(j).getBoundsInParent();
                assertThat(a.intersects(b)).as("figures %s and %s overlap, %s", figures.get(i).getText(),
                        figures.get(j).getText(), where).isFalse();
            }
        }
    }

    private static Label figure(FxRobot robot, BarChart<?, ?> chart, String text) {
        return robot.from(chart).lookup(".bar-value").queryAllAs(Label.class).stream()
                .filter(l -> text.equals(l.getText())).findFirst().orElse(null);
    }
}
