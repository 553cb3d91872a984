package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.accord.ui.workshop.MessageBar;
import org.accord.ui.workshop.guide.PerceptionPane;
import org.accord.ui.workshop.WorkshopView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One place for messages, on every step and in presentation mode: a refused import says so at once on step 1 (it
 * showed only at step 3), stays until dismissed, and news goes by itself or at the next edit ("Added 2 activities.
 * Ctrl+Z takes them out again." stayed through steps 4 to 8).
 */
class MessagesWindowTest extends WindowTest {
    private static final String NEWS_SECONDS = "accord.newsSeconds";

    @BeforeEach
    void shortNews() {
        System.setProperty(NEWS_SECONDS, "1.5"); // read when the workshop's screen is made
    }

    @AfterEach
    void normalNews() {
        System.clearProperty(NEWS_SECONDS);
    }

    @Test
    void aProblemShowsOnAnyStepUntilDismissedAndNewsGoesByItself(FxRobot robot) throws Exception {
        createWorkshopOnFirstStep(robot, "Messages");

        // Step 1, not the matrix: a CSV that is not there is refused, and the reason shows here, also presenting.
        files.answer(data.resolve("missing.csv"));
        robot.clickOn("Matrix").clickOn("Import activities from CSV…");
        OnFxThread.waitUntil(10, () -> shown(robot) && notice(robot).startsWith("There is no file"));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot)).as("presenting, the message stays in view").isTrue();
        robot.type(KeyCode.F5);
        // An edit ends news, not a problem: a participant added, and the reason is still there to be read.
        robot.clickOn("#" + PerceptionPane.ADD_ID).write("Ana Souza").type(KeyCode.ENTER);
        OnFxThread.waitUntil(5, () -> robot.lookup("Ana Souza").tryQuery().isPresent());
        assertThat(shown(robot)).isTrue();
        assertThat(notice(robot)).startsWith("There is no file");
        robot.clickOn("#" + MessageBar.DISMISS_ID);
        OnFxThread.waitUntil(5, () -> !shown(robot));

        // News: two activities added, then undone: the "Ctrl+Z takes them out" line goes with the undo.
        Path csv = Files.writeString(data.resolve("two.csv"), "Name,Group\nSocial listening,Data\nPartner portal,Data\n");
        files.answer(csv);
        robot.clickOn("Matrix").clickOn("Import activities from CSV…");
        OnFxThread.waitUntil(10, () -> robot.lookup(".dialog-pane .button")
                .match(n -> "Add 2 activities".equals(((javafx.scene.control.Button) n).getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match(n -> "Add 2 activities".equals(((javafx.scene.control.Button) n).getText())).queryButton());
        OnFxThread.waitUntil(5, () -> shown(robot) && notice(robot).startsWith("Added 2 activities"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        OnFxThread.waitUntil(5, () -> !shown(robot));

        // News goes by itself after its time.
        Path out = data.resolve("matrix.csv");
        files.answer(out);
        robot.clickOn("Export").clickOn("CSV table…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(out));
        OnFxThread.waitUntil(10, () -> !shown(robot));
    }

    private static boolean shown(FxRobot robot) {
        Node notice = robot.lookup("#" + WorkshopView.NOTICE_ID).query();
        for (Node n = notice; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return !((Label) notice).getText().isEmpty() && notice.getScene() != null;
    }

    private static String notice(FxRobot robot) {
        return robot.lookup("#" + WorkshopView.NOTICE_ID).queryAs(Label.class).getText();
    }
}
