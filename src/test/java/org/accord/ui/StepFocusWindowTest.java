package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.accord.ui.start.StartView;
import org.accord.ui.workshop.guide.AgendaPanel;
import org.accord.ui.workshop.guide.PerceptionPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keys stay in the step when the control that had them goes away: before, removing a participant or ticking
 * "present" put them in the planned-minutes box, and one arrow key changed the plan from 10 to 11.
 */
class StepFocusWindowTest extends WindowTest {

    @Test
    void removingAParticipantOrTickingABoxLeavesThePlannedMinutesAlone(FxRobot robot) throws Exception {
        createWorkshopOnFirstStep(robot, "Focus");
        Spinner<?> minutes = robot.lookup("#" + AgendaPanel.MINUTES_ID).queryAs(Spinner.class);
        Object planned = minutes.getValue();

        robot.clickOn("#" + PerceptionPane.ADD_ID).write("Ana Souza").type(KeyCode.ENTER);
        robot.clickOn("#" + PerceptionPane.ADD_ID).write("Ben Okafor").type(KeyCode.ENTER);
        OnFxThread.waitUntil(5, () -> robot.lookup(byIdPrefix(PerceptionPane.REMOVE_PREFIX)).queryAll().size() == 2);

        robot.clickOn(robot.lookup(byIdPrefix(PerceptionPane.PRESENT_PREFIX)).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertKeysNotInThePlannedMinutes(robot, minutes);

        robot.clickOn(robot.lookup(byIdPrefix(PerceptionPane.REMOVE_PREFIX)).queryAs(Node.class));
        OnFxThread.waitUntil(5, () -> robot.lookup(byIdPrefix(PerceptionPane.REMOVE_PREFIX)).queryAll().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertKeysNotInThePlannedMinutes(robot, minutes);

        robot.type(KeyCode.UP).type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(minutes.getValue()).as("the arrow keys did not change the plan").isEqualTo(planned);
    }

    private void assertKeysNotInThePlannedMinutes(FxRobot robot, Spinner<?> minutes) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Node owner = WaitForAsyncUtils.asyncFx(() -> stage.getScene().getFocusOwner()).get(5, TimeUnit.SECONDS);
        for (Node n = owner; n != null; n = n.getParent()) {
            assertThat(n).as("focus owner %s", owner).isNotSameAs(minutes);
        }
    }

    private static java.util.function.Predicate<Node> byIdPrefix(String prefix) {
        return n -> n.getId() != null && n.getId().startsWith(prefix) && n.isVisible();
    }
}
