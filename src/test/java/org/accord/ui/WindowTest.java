package org.accord.ui;

import atlantafx.base.theme.PrimerLight;
import org.accord.testing.OnFxThread;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.accord.app.AccordWindow;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Workshop;
import org.accord.domain.guide.StepKind;
import org.accord.store.h2.H2WorkshopStore;
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
        openWindowOn(null);
    }

    /**
     * Opens the window and then the saved workshop {@code workshopToOpen} (an id or a title; null: the start screen
     * only), as {@code Accord <workshop>} does; on the JavaFX thread.
     */
    protected void openWindowOn(String workshopToOpen) {
        window = new AccordWindow(data, stage, Clock.systemUTC(), files);
        window.show(workshopToOpen);
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
        awaitFirstStepShown(robot);
    }

    private static void awaitFirstStepShown(FxRobot robot) throws Exception {
        // Shown, not only built: the field must be in the window's scene before a click can reach it.
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + PerceptionPane.ADD_ID)
                .match((javafx.scene.Node n) -> n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing() && n.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * For a test whose subject is not creating a workshop: saves a new workshop from the default template into the
     * data folder, {@code prepare}d and on agenda step {@code step}, and opens the window on it, as {@code Accord <id>}
     * reopens one. It skips the seconds the start screen, typing the title and building each step on the way cost
     * (createWorkshop keeps that path covered). The class says {@link #openAtStart()} false: the workshop must be in
     * the data folder before the window opens its database.
     */
    protected void openSavedWorkshop(FxRobot robot, String title, StepKind step, UnaryOperator<Workshop> prepare)
            throws Exception {
        long id;
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            TemplateCatalog catalog = new TemplateCatalog();
            Workshop workshop = prepare.apply(catalog.newWorkshop(catalog.templates().get(0).id(), title, Instant.now()));
            UUID stepId = workshop.guide().steps().stream().filter(s -> s.kind() == step).findFirst().orElseThrow().id();
            id = store.create(workshop.withGuide(workshop.guide().jumpTo(stepId, Instant.now()))).id();
        }
        robot.interact(() -> openWindowOn(String.valueOf(id)));
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + GuideScreen.AGENDA_ID).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void openSavedWorkshop(FxRobot robot, String title, StepKind step) throws Exception {
        openSavedWorkshop(robot, title, step, workshop -> workshop);
    }

    /** {@link #openSavedWorkshop} on the first step, "Welcome and perception check", as createWorkshopOnFirstStep. */
    protected void openSavedWorkshopOnFirstStep(FxRobot robot, String title) throws Exception {
        openSavedWorkshop(robot, title, StepKind.PERCEPTION);
        awaitFirstStepShown(robot);
    }

    /** {@link #openSavedWorkshop} on step 4, "Who does what, and why", with the grid's focus, as goToMatrixStep. */
    protected void openSavedWorkshopOnMatrixStep(FxRobot robot, String title) throws Exception {
        openSavedWorkshop(robot, title, StepKind.MATRIX);
        awaitMatrixFocus(robot);
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
        awaitMatrixFocus(robot);
    }

    /** Waits for the matrix step's grid and gives it the keys, where the program puts them. */
    private static void awaitMatrixFocus(FxRobot robot) throws Exception {
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
