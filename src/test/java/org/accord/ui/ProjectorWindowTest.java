package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.testing.GuidedWorkshop;
import org.accord.ui.start.StartView;
import org.accord.ui.workshop.WorkshopView;
import org.accord.ui.workshop.guide.AgendaPanel;
import org.accord.ui.workshop.guide.GuideScreen;
import org.accord.ui.workshop.matrix.MatrixTable;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On the projector nothing a room reads may end in "…": every step of a fully used workshop and of an empty one, in
 * presentation mode and out of it, with every visible label, button, choice and list cell showing its whole text;
 * and the default template's grid shows every role on a 1920×1080 projector.
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
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + GuideScreen.AGENDA_ID).tryQuery().isPresent());
        for (int i = 0; i < 3; i++) { // the sample opens on the matrix, step 4
            robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_UP).release(KeyCode.CONTROL);
        }
        assertThat(textsCutShortOnEveryStep(robot)).as("texts shown cut short").isEmpty();
    }

    @Test
    void anEmptyWorkshopSaysWhatEachEmptyListWaitsForInFull(FxRobot robot) throws Exception {
        // A new workshop from the blank template: no activities (only its groups), no findings, nothing in the guide's
        // lists, so every list and table shows its placeholder sentence and only its titles, on the narrower
        // projector too (1280×720, common in meeting rooms).
        robot.interact(() -> {
            openWindow();
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        OnFxThread.waitUntil(10, () -> !robot.lookup("#" + StartView.CREATE_ID).queryButton().isDisabled());
        javafx.scene.control.ComboBox<org.accord.catalog.Template> templates = robot.lookup("#" + StartView.TEMPLATE_ID).queryComboBox();
        robot.interact(() -> templates.getSelectionModel().select(templates.getItems().stream()
                .filter(t -> t.id().equals("blank")).findFirst().orElseThrow()));
        robot.clickOn("#" + StartView.NEW_TITLE_ID).write("Empty");
        robot.clickOn("#" + StartView.CREATE_ID);
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + GuideScreen.AGENDA_ID).tryQuery().isPresent());
        List<String> cut = textsCutShortOnEveryStep(robot);
        assertThat(cut).as("texts shown cut short").isEmpty();
        for (int i = 0; i < 4; i++) { // back from the wrap-up to the matrix step and its side panel
            robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_UP).release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + AgendaPanel.STEP_TITLE_ID).queryLabeled().getText()).contains("Step 4 of 8");
        ListView<?> findings = robot.lookup("#" + WorkshopView.FINDINGS_ID).queryListView();
        assertThat(findings.getItems()).isEmpty();
        assertThat(((Label) findings.getPlaceholder()).getText()).isEqualTo("No findings: every activity has one A and an R.");
    }

    @Test
    void theDefaultTemplatesSevenRolesAreAllInViewOnAFullHdProjector(FxRobot robot) throws Exception {
        // The test screen is 1920×1080; the window takes most of it, as on a projector.
        openSavedWorkshopOnMatrixStep(robot, "Spring alignment");
        assertEveryRoleInView(robot);
        // A divider the facilitator dragged stays where it is while letters are typed.
        javafx.scene.control.SplitPane split = robot.lookup(".split-pane").queryAs(javafx.scene.control.SplitPane.class);
        robot.interact(() -> split.setDividerPositions(0.6));
        robot.type(KeyCode.DOWN, KeyCode.RIGHT).type(KeyCode.R); // the first activity's CIO cell (row 0 is its group)
        OnFxThread.waitUntil(5, () -> robot.lookup("#" + WorkshopView.SAVE_STATE_ID).queryLabeled().getText()
                .equals("All changes saved") && !robot.lookup("#" + WorkshopView.UNDO_ID).queryButton().isDisabled());
        assertThat(split.getDividerPositions()[0]).isCloseTo(0.6, org.assertj.core.data.Offset.offset(0.001));
        double laptopType = roleHeaderTypeSize(robot);
        robot.type(KeyCode.F5); // presentation mode: full screen, larger type, no agenda list or side panel
        // The columns widen for the larger type: wait for the type, the full screen's width and a layout with both.
        OnFxThread.waitUntil(5, () -> stage.isFullScreen()
                && stage.getScene().getWidth() == javafx.stage.Screen.getPrimary().getBounds().getWidth()
                && roleHeaderTypeSize(robot) > laptopType);
        awaitLaidOut();
        assertEveryRoleInView(robot);
        robot.type(KeyCode.F5);
    }

    private static void assertEveryRoleInView(FxRobot robot) {
        TableView<?> grid = robot.lookup("#" + MatrixTable.ID).queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> roles = robot.from(grid).lookup(".role-header").queryAllAs(Label.class).stream().toList();
        assertThat(roles).extracting(Label::getText)
                .containsExactlyInAnyOrder("CIO", "CMO", "MarTech", "EA", "Data", "Procure", "Security");
        Bounds view = grid.localToScreen(grid.getLayoutBounds());
        assertThat(roles).allSatisfy(role -> assertThat(role.localToScreen(role.getLayoutBounds()).getMaxX())
                .as("right edge of %s's header", role.getText()).isLessThanOrEqualTo(view.getMaxX()));
        assertThat(robot.from(grid).lookup(".scroll-bar").queryAllAs(ScrollBar.class))
                .filteredOn(bar -> bar.getOrientation() == Orientation.HORIZONTAL)
                .as("a horizontal scroll bar under the grid").noneMatch(ScrollBar::isVisible);
    }

    /** The role headers' type size now (CSS applied). */
    private static double roleHeaderTypeSize(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Label header = robot.lookup(".role-header").queryAs(Label.class);
            header.applyCss();
            return header.getFont().getSize();
        }).get(5, TimeUnit.SECONDS);
    }

    /**
     * Waits until the scene has been through a few pulses (CSS and layout; cells are made in layout, a pulse after
     * their list changes) and its root needs no further layout: what a fixed pause used to hope for.
     */
    private void awaitLaidOut() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Scene scene = stage.getScene();
        java.util.concurrent.atomic.AtomicInteger pulses = new java.util.concurrent.atomic.AtomicInteger();
        Runnable counter = pulses::incrementAndGet;
        WaitForAsyncUtils.asyncFx(() -> {
            scene.addPostLayoutPulseListener(counter);
            javafx.application.Platform.requestNextPulse();
        }).get(5, TimeUnit.SECONDS);
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                javafx.application.Platform.requestNextPulse();
                return pulses.get() >= 3 && !scene.getRoot().isNeedsLayout();
            }).get(5, TimeUnit.SECONDS));
        } finally {
            WaitForAsyncUtils.asyncFx(() -> scene.removePostLayoutPulseListener(counter)).get(5, TimeUnit.SECONDS);
        }
    }

    /** Walks the eight steps, then the eight again in presentation mode, and lists every text cut short. */
    private List<String> textsCutShortOnEveryStep(FxRobot robot) throws Exception {
        List<String> cut = new ArrayList<>();
        for (boolean presenting : new boolean[] {false, true}) {
            for (int step = 1; step <= 8; step++) {
                String title = "Step " + step + " of 8";
                OnFxThread.waitUntil(5,
                        () -> robot.lookup("#" + AgendaPanel.STEP_TITLE_ID).queryLabeled().getText().contains(title));
                awaitLaidOut(); // list and table cells are laid out a pulse after the step shows
                String where = (presenting ? "presenting, " : "") + robot.lookup("#" + AgendaPanel.STEP_TITLE_ID).queryLabeled().getText();
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
        robot.type(KeyCode.F5);
        return cut;
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
