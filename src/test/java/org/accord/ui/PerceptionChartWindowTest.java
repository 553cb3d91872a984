package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.accord.domain.guide.LeadAnswer;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.accord.ui.workshop.guide.PerceptionPane;

/**
 * The perception chart as the room sees it: the room's bars and the published ones in colours apart, every bar with
 * its figure (a 0 % bar was invisible), and the legend above the chart (below it, it was under the fold).
 */
class PerceptionChartWindowTest extends WindowTest {

    @Test
    void aZeroPercentBarShowsItsFigureAndTheTwoSeriesDifferInColour(FxRobot robot) throws Exception {
        createWorkshopOnFirstStep(robot, "Perception");
        robot.clickOn("#" + PerceptionPane.ADD_ID).write("Ana Souza").type(KeyCode.ENTER);
        OnFxThread.waitUntil(5, () -> robot.lookup("Ana Souza").tryQuery().isPresent());
        ChoiceBox<LeadAnswer> lead = robot.lookup(n -> n.getId() != null && n.getId().startsWith("lead-")).query();
        robot.interact(() -> lead.setValue(LeadAnswer.MARKETING)); // IT answers "marketing leads": IT-leads is 0 %
        BarChart<String, Number> chart = robot.lookup("#" + PerceptionPane.CHART_ID).query();
        OnFxThread.waitUntil(5, () -> chart.getData().get(0).getData().get(0).getYValue().doubleValue() == 0.0
                && chart.getData().get(0).getData().get(0).getNode() != null);
        WaitForAsyncUtils.waitForFxEvents();

        Node zeroBar = chart.getData().get(0).getData().get(0).getNode();
        Label figure = figure(robot, chart, "0 %");
        assertThat(figure.getText()).isEqualTo("0 %");
        assertThat(figure.isVisible()).isTrue();
        Bounds figureBounds = figure.localToScene(figure.getBoundsInLocal());
        Bounds barBounds = zeroBar.localToScene(zeroBar.getLayoutBounds());
        assertThat(figureBounds.getHeight()).isGreaterThan(5);
        assertThat(figureBounds.getMaxY()).as("the figure rests on the bar's top").isLessThanOrEqualTo(barBounds.getMinY() + 1);
        assertThat(Math.abs(figureBounds.getCenterX() - barBounds.getCenterX())).as("the figure over its bar").isLessThan(1.5);

        Node publishedBar = chart.getData().get(1).getData().get(0).getNode();
        assertThat(fill(publishedBar)).isNotEqualTo(fill(zeroBar));
        Label published = figure(robot, chart, "58 %");
        Bounds publishedAt = publishedBar.localToScene(publishedBar.getLayoutBounds());
        assertThat(published.localToScene(published.getBoundsInLocal()).getCenterX()).isCloseTo(publishedAt.getCenterX(),
                org.assertj.core.data.Offset.offset(1.5));

        Node legend = robot.lookup("#" + PerceptionPane.LEGEND_ID).query();
        Node plot = robot.from(chart).lookup(".chart-plot-background").query();
        assertThat(legend.localToScene(legend.getBoundsInLocal()).getMaxY())
                .as("the legend is above the bars").isLessThanOrEqualTo(plot.localToScene(plot.getBoundsInLocal()).getMinY());
    }

    private static Label figure(FxRobot robot, BarChart<String, Number> chart, String text) {
        return robot.from(chart).lookup(".bar-value").queryAllAs(Label.class).stream()
                .filter(l -> text.equals(l.getText())).findFirst().orElseThrow();
    }

    private static Object fill(Node bar) {
        return ((Region) bar).getBackground().getFills().get(0).getFill();
    }
}
