package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.accord.ui.start.StartView;

/** At a 1280×720 projector the start screen's buttons keep their words ("Open the sam…" before). */
class StartScreenAtProjectorSizeTest extends WindowTest {

    @Test
    void everyStartScreenButtonIsWholeAt1280x720(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + StartView.SAMPLE_ID).tryQuery().isPresent()
                && robot.lookup("#" + StartView.SAMPLE_ID).query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        var buttons = robot.lookup(".button").queryAllAs(Button.class);
        assertThat(buttons).extracting(Button::getText).contains("Open the sample workshop", "Keyboard shortcuts (F1)");
        for (Button button : buttons) {
            if (!button.isVisible() || button.getScene() == null || button.getText() == null || button.getText().isEmpty()) {
                continue;
            }
            double needed = WaitForAsyncUtils.asyncFx(() -> button.prefWidth(-1)).get(5, TimeUnit.SECONDS);
            assertThat(button.getWidth()).as("\"%s\" is cut", button.getText()).isGreaterThanOrEqualTo(needed - 0.5);
        }
    }
}
