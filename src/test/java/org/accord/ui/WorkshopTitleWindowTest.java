package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.accord.ui.common.Styles;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** On a 1920×1080 screen a long workshop title is shown whole ("Northwind Outfitters – CIO–C…" had 800 px free). */
class WorkshopTitleWindowTest extends WindowTest {
    private static final String TITLE = "Northwind Outfitters – CIO–CMO alignment, spring 2027";

    @Test
    void aLongTitleIsWholeOnAWideScreen(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        createWorkshop(robot, TITLE);
        Label title = robot.lookup("." + Styles.SCREEN_TITLE).match(n -> n instanceof Label l && TITLE.equals(l.getText()))
                .queryAs(Label.class);
        WaitForAsyncUtils.waitForFxEvents();
        String shown = WaitForAsyncUtils.asyncFx(() -> ((Text) title.lookup(".text")).getText()).get(5, TimeUnit.SECONDS);
        assertThat(shown).isEqualTo(TITLE);
    }
}
