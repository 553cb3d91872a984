package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import org.accord.testing.OnFxThread;
import org.accord.ui.workshop.guide.AgendaPanel;
import org.accord.ui.workshop.guide.PerceptionPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the JavaFX thread does not do while the room answers (issue 18): step 1, left alone with the room joined, is
 * not laid out again at every frame (a height bound to the scroll pane's viewport had it laid out sixty times a
 * second, for as long as step 1 was on screen), and an answer from a phone leaves the agenda's cells as they are
 * (every edit rebuilt and restyled them). Both took the JavaFX thread's time from the frames the room watches.
 */
class QuietScreenWindowTest extends RoomWindowTest {

    @Test
    void stepOneLeftAloneIsNotLaidOutAgainAndAnAnswerLeavesTheAgendaAlone(FxRobot robot) throws Exception {
        createWorkshopOnFirstStep(robot, "Quiet screen");
        startTheRoom(robot);
        URI address = roomAddress(robot);
        String code = joinCode(robot);
        ScrollPane page = OnFxThread.call(() -> enclosingScrollPane(robot.lookup("#" + PerceptionPane.CHART_ID).query()));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS); // the room's panel settles (addresses, QR code)

        // Counted while an animation keeps the frames coming, as the room's own updates would.
        int[] counted = framesLaidOut(robot, page);
        assertThat(counted[0]).as("frames drawn in a second").isGreaterThan(20);
        assertThat(counted[1]).as("frames of %d in which step 1's page, unchanged, was laid out again", counted[0])
                .isLessThanOrEqualTo(counted[0] / 10);

        // A phone answers: the participant joins step 1, and the agenda down the side is neither rebuilt nor
        // restyled (a change of a cell's style classes has its style worked out again at the next frame).
        AtomicInteger restyled = new AtomicInteger();
        List<Node> cells = agendaCells(robot);
        assertThat(cells).as("the agenda's cells").isNotEmpty();
        javafx.collections.ListChangeListener<String> countChanges = change -> restyled.incrementAndGet();
        robot.interact(() -> cells.forEach(cell -> cell.getStyleClass().addListener(countChanges)));
        String token = joinPhone(address, code);
        post(address, "/api/answer", token, "{\"seq\":1,\"side\":\"IT\",\"lead\":\"IT\",\"rating\":\"GOOD\"}");
        OnFxThread.waitUntil(30, () -> window.shownWorkshopView().model().workshop().guide().participants().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> cells.forEach(cell -> cell.getStyleClass().removeListener(countChanges)));
        assertThat(restyled.get()).as("changes to the agenda cells' style classes after an answer").isZero();
        assertThat(agendaCells(robot)).as("the agenda's cells after the answer").containsExactlyElementsOf(cells);
    }

    /**
     * Each of the method's eight steps, left alone on screen, is not laid out again frame after frame: a screen
     * that lays itself out at every frame keeps a core of the facilitator's laptop busy for as long as it is shown,
     * and takes that time from the frames a room's answers need.
     */
    @Test
    void everyStepLeftAloneIsNotLaidOutAgain(FxRobot robot) throws Exception {
        createWorkshopOnFirstStep(robot, "Eight quiet steps");
        List<String> restless = new java.util.ArrayList<>();
        for (int step = 1; step <= 8; step++) {
            WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS); // the step's screen settles (a focus, a scroll)
            Parent content = OnFxThread.call(() -> (Parent) robot.lookup(".step-content").query());
            int[] counted = framesLaidOut(robot, content);
            System.out.printf("quiet screens, step %d: laid out again in %d of %d frames%n", step, counted[1], counted[0]);
            assertThat(counted[0]).as("frames drawn on step %d", step).isGreaterThan(20);
            if (counted[1] > counted[0] / 10) { // a clock's tick or a caret's blink now and then is not restless
                restless.add("step " + step + ": " + counted[1] + " of " + counted[0] + " frames");
            }
            if (step < 8) {
                nextSteps(robot, 1);
            }
        }
        assertThat(restless).as("steps laid out again, unchanged, frame after frame").isEmpty();
    }

    /**
     * For a second, with an animation keeping the frames coming: how many frames were drawn, and in how many of them
     * anything inside {@code content} waited to be laid out again.
     */
    private int[] framesLaidOut(FxRobot robot, Parent content) {
        AtomicInteger frames = new AtomicInteger();
        AtomicInteger framesLaidOut = new AtomicInteger();
        Runnable beforeLayout = () -> {
            frames.incrementAndGet();
            if (needsLayout(content)) {
                framesLaidOut.incrementAndGet();
            }
        };
        AnimationTimer keepFraming = new AnimationTimer() {
            @Override
            public void handle(long now) {
            }
        };
        robot.interact(() -> {
            stage.getScene().addPreLayoutPulseListener(beforeLayout);
            keepFraming.start();
        });
        WaitForAsyncUtils.sleep(1000, TimeUnit.MILLISECONDS);
        robot.interact(() -> {
            keepFraming.stop();
            stage.getScene().removePreLayoutPulseListener(beforeLayout);
        });
        return new int[] {frames.get(), framesLaidOut.get()};
    }

    private static ScrollPane enclosingScrollPane(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError("the chart is not in a scroll pane");
    }

    /**
     * True when this node or any inside it waits for a layout pass (on the JavaFX thread). Lists and tables are left
     * out, with their cells and headers: JavaFX leaves them flagged as waiting on a screen that is idle (a table
     * itself on steps 3, 4 and 7), and the JavaFX thread's time on such a step, about 2 % of a core, is no more
     * than on a step without one.
     */
    private static boolean needsLayout(Parent parent) {
        if (parent instanceof javafx.scene.control.ListView<?> || parent instanceof javafx.scene.control.TableView<?>) {
            return false;
        }
        if (parent.isNeedsLayout()) {
            return true;
        }
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Parent inner && needsLayout(inner)) {
                return true;
            }
        }
        return false;
    }

    /** The agenda's cells on screen, as objects: rebuilt cells are new ones. */
    private static List<Node> agendaCells(FxRobot robot) throws Exception {
        return OnFxThread.call(() -> {
            ListView<?> agenda = robot.lookup("#" + AgendaPanel.STEPS_ID).queryAs(ListView.class);
            return List.copyOf(agenda.lookupAll(".list-cell"));
        });
    }
}
