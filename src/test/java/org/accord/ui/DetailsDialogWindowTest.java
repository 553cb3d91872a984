package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.accord.ui.workshop.DetailsDialog;

/** The Details dialog's labels are whole ("Organization", not "Organiza…"): the fields give way instead. */
class DetailsDialogWindowTest extends WindowTest {

    @Test
    void everyLabelOfTheDetailsDialogIsShownWhole(FxRobot robot) throws Exception {
        createWorkshop(robot, "Details");
        robot.clickOn(robot.lookup(".tool-bar .button").match(n -> "Details…".equals(((Button) n).getText())).queryButton());
        OnFxThread.waitUntil(5, () -> robot.lookup("#" + DetailsDialog.TITLE_ID).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        var labels = robot.lookup(".dialog-pane .label").queryAllAs(Label.class);
        assertThat(labels).extracting(Label::getText).contains("Organization", "Most Consulted (C) per activity");
        for (Label label : labels) {
            if (label.getText() == null || label.getText().isEmpty() || !label.isVisible()) {
                continue;
            }
            double needed = WaitForAsyncUtils.asyncFx(() -> label.prefWidth(-1)).get(5, TimeUnit.SECONDS);
            assertThat(label.getWidth()).as("\"%s\" is cut", label.getText()).isGreaterThanOrEqualTo(needed - 0.5);
        }
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "Cancel".equals(((Button) n).getText())).queryButton());
    }
}
