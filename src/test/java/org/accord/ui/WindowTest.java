package org.accord.ui;

import atlantafx.base.theme.PrimerLight;
import org.accord.testing.OnFxThread;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.accord.app.AccordWindow;
import org.accord.ui.start.StartView;
import org.accord.ui.workshop.WorkshopView;
import org.accord.ui.workshop.guide.GuideScreen;
import org.accord.ui.workshop.matrix.MatrixTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.accord.ui.workshop.guide.PerceptionPane;

/**
 * The real window, headless under Monocle, on a fresh data folder per test, with the theme the program uses.
 * File dialogs answer from {@link #files}; everything else is the program's own code.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {
    /** The data folder; JUnit deletes it after each test, once the window has closed its database. */
    @TempDir
    protected Path data;
    protected final ChosenFiles files = new ChosenFiles();
    protected AccordWindow window;
    protected Stage stage;

    /** Whether the window opens before the test starts; a test that prepares the data folder first says no. */
    protected boolean openAtStart() {
        return true;
    }

    // JUnit finds an inherited @BeforeEach; TestFX looks for @Start only in the test class itself.
    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            if (openAtStart()) {
                openWindow();
            }
        });
    }

    /** Opens the window; on the JavaFX thread (call it through {@code robot.interact}). */
    protected void openWindow() {
        window = new AccordWindow(data, stage, Clock.systemUTC(), files);
        window.show();
        stage.sizeToScene(); // the stage is shared by the tests: each gets the window's own size, not the last test's
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        if (window != null) {
            window.close();
        }
    }

    /** Creates a workshop from the default template on the start screen and waits for its grid to have the keys. */
    protected static void createWorkshop(FxRobot robot, String title) throws Exception {
        OnFxThread.waitUntil(10, () -> !robot.lookup("#" + StartView.CREATE_ID).queryButton().isDisabled());
        robot.clickOn("#" + StartView.NEW_TITLE_ID).write(title);
        robot.clickOn("#" + StartView.CREATE_ID);
        goToMatrixStep(robot);
    }

    /** Creates a workshop from the default template and waits on its first step, "Welcome and perception check". */
    protected static void createWorkshopOnFirstStep(FxRobot robot, String title) throws Exception {
        OnFxThread.waitUntil(10, () -> !robot.lookup("#" + StartView.CREATE_ID).queryButton().isDisabled());
        robot.clickOn("#" + StartView.NEW_TITLE_ID).write(title);
        robot.clickOn("#" + StartView.CREATE_ID);
        // Shown, not only built: the field must be in the window's scene before a click can reach it.
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + PerceptionPane.ADD_ID)
                .match((javafx.scene.Node n) -> n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing() && n.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Moves on {@code steps} steps with Ctrl+Page Down, as a facilitator does. */
    protected static void nextSteps(FxRobot robot, int steps) {
        for (int i = 0; i < steps; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * A new workshop opens on the agenda's first step; these tests work in the matrix, so they move on to step 4,
     * "Who does what, and why", with the keys a facilitator uses (Ctrl+Page Down), and wait for the grid's focus.
     */
    protected static void goToMatrixStep(FxRobot robot) throws Exception {
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + GuideScreen.AGENDA_ID).tryQuery().isPresent());
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        }
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + MatrixTable.ID).tryQuery().isPresent());
        if (!OnFxThread.holdsWithin(5, () -> robot.lookup("#" + MatrixTable.ID).queryTableView().isFocused())) {
            // Headless, the window itself sometimes lacks the focus after earlier tests' dialogs; a click on the
            // grid's first cell gives it the keys exactly where the program puts them (row 0, activity column).
            var matrix = robot.lookup("#" + MatrixTable.ID).queryTableView();
            robot.clickOn(robot.from(matrix).lookup(".table-cell").match(n ->
                    ((javafx.scene.control.TableCell<?, ?>) n).getIndex() == 0
                            && ((javafx.scene.control.TableCell<?, ?>) n).getTableColumn() == matrix.getColumns().get(0))
                    .queryAs(javafx.scene.Node.class));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, matrix::isFocused);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected static void awaitSaved(FxRobot robot) throws Exception {
        OnFxThread.waitUntil(10,
                () -> "All changes saved".equals(robot.lookup("#" + WorkshopView.SAVE_STATE_ID).queryAs(Label.class).getText()));
    }

    /** Waits until a text is on screen: a list's cells are laid out a pulse after its items change. */
    protected static void whenShown(FxRobot robot, String text) throws Exception {
        // Visible, as clickOn needs it: a table also keeps an invisible cell for measuring, which can hold the text
        // a moment before the visible row does.
        OnFxThread.waitUntil(10,
                () -> robot.lookup(text).match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
    }
}
