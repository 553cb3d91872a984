package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.testing.GuidedWorkshop;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On the projector nothing a room reads may end in "…": every step of a fully used workshop, in presentation
 * mode and out of it, with every visible label, button, choice and list cell showing its whole text.
 */
class ProjectorWindowTest extends WindowTest {
    @Override
    protected boolean openAtStart() {
        return false;
    }

    @Test
    void everyStepShowsItsWholeTextInBothModes(FxRobot robot) throws Exception {
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            store.create(GuidedWorkshop.sample(Instant.parse("2026-11-22T09:00:00Z")));
        }
        robot.interact((Runnable) this::openWindow);
        whenShown(robot, "Spring alignment");
        robot.doubleClickOn("Spring alignment");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#agenda").tryQuery().isPresent());
        for (int i = 0; i < 3; i++) { // the sample opens on the matrix, step 4
            robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_UP).release(KeyCode.CONTROL);
        }
        List<String> cut = new ArrayList<>();
        for (boolean presenting : new boolean[] {false, true}) {
            for (int step = 1; step <= 8; step++) {
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS); // list and table cells are laid out a pulse later
                String where = (presenting ? "presenting, " : "") + robot.lookup("#stepTitle").queryLabeled().getText();
                assertThat(where).contains("Step " + step + " of 8");
                truncated(stage.getScene().getRoot()).forEach(text -> cut.add(where + ": " + text));
                robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
            }
            if (!presenting) {
                for (int i = 0; i < 7; i++) {
                    robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_UP).release(KeyCode.CONTROL);
                }
                robot.type(KeyCode.F5);
            }
        }
        assertThat(cut).as("texts shown cut short").isEmpty();
    }

    /** The full text of every shown control whose skin cut it short with an ellipsis. */
    private static List<String> truncated(Parent root) {
        List<String> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            labeled.getChildrenUnmodifiable().stream()
                    .filter(child -> child instanceof Text shown && child.isVisible() && !shown.getText().equals(labeled.getText())
                            && (shown.getText().endsWith(labeled.getEllipsisString()) || shown.getText().endsWith("…")))
                    .findFirst().ifPresent(child -> found.add(labeled.getText() + " [" + labeled.getClass().getSimpleName() + " in " + labeled.getParent().getStyleClass() + "]"));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }
}
