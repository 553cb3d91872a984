package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.accord.AccordWindow;
import org.accord.catalog.TemplateCatalog;
import org.accord.store.WorkshopSummary;
import org.accord.store.h2.H2WorkshopStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The start screen on a prepared data folder: search, delete with confirmation, and a damaged file. */
@ExtendWith(ApplicationExtension.class)
class StartScreenTest {
    private Path data;
    private final ChosenFiles files = new ChosenFiles();
    private AccordWindow window;

    private Stage stage;

    /** The window opens in each test, after the test has prepared the data folder. */
    @Start
    void start(Stage stage) throws Exception {
        data = Files.createTempDirectory("accord-start-test");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
    }

    private void openWindow(FxRobot robot) {
        robot.interact(() -> {
            window = new AccordWindow(data, stage, Clock.systemUTC(), files);
            window.show();
        });
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        if (window != null) {
            window.close();
        }
    }

    private void saveWorkshops(String... titles) {
        TemplateCatalog catalog = new TemplateCatalog();
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            Instant t = Instant.parse("2026-11-01T09:00:00Z");
            for (String title : titles) {
                store.create(catalog.newWorkshop(TemplateCatalog.CIO_CMO, title, t));
                t = t.plusSeconds(3600);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static TableView<WorkshopSummary> list(FxRobot robot) {
        return (TableView<WorkshopSummary>) robot.lookup("#workshopList").queryAs(TableView.class);
    }

    @Test
    void savedWorkshopsAreListedNewestFirstAndTheSearchBoxFilters(FxRobot robot) throws Exception {
        saveWorkshops("Kick-off Acme", "Follow-up Acme", "Globex alignment");
        openWindow(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list(robot).getItems().size() == 3);
        assertThat(list(robot).getItems()).extracting(WorkshopSummary::title)
                .containsExactly("Globex alignment", "Follow-up Acme", "Kick-off Acme");
        robot.clickOn("#search").write("acme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list(robot).getItems()).extracting(WorkshopSummary::title)
                .containsExactly("Follow-up Acme", "Kick-off Acme");
    }

    @Test
    void deletingAsksFirstAndCancelKeepsTheWorkshop(FxRobot robot) throws Exception {
        saveWorkshops("Keep me", "Delete me");
        openWindow(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list(robot).getItems().size() == 2);
        whenShown(robot, "Delete me");
        robot.clickOn("Delete me").clickOn("Delete…");
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("Delete \"Delete me\"");
        robot.clickOn(cancel(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list(robot).getItems()).hasSize(2);

        robot.clickOn("Delete me").clickOn("Delete…");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "OK".equals(((Button) n).getText())).queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list(robot).getItems().size() == 1);
        assertThat(list(robot).getItems().get(0).title()).isEqualTo("Keep me");
        try (H2WorkshopStore store = H2WorkshopStore.open(data.resolve("elsewhere"))) {
            assertThat(store.list()).isEmpty(); // sanity: a different folder is a different database
        }
    }

    @Test
    void aDamagedDatabaseIsNamedAndNoEmptyListIsShown(FxRobot robot) throws Exception {
        Files.write(data.resolve("accord.mv.db"), "not a database".repeat(500).getBytes());
        openWindow(robot);
        Label error = robot.lookup("#startError").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        assertThat(error.getText()).contains(data.resolve("accord.mv.db").toString())
                .contains("restore it from a backup").doesNotContain("Exception");
        assertThat(error.isVisible()).isTrue();
        assertThat(robot.lookup("#createWorkshop").queryButton().isDisabled()).isTrue();
        assertThat(list(robot).getItems()).isEmpty();
        assertThat(robot.lookup("No saved workshops yet. Create one above.").tryQuery()).isEmpty();
    }

    /** Waits until a text is on screen: the list's cells are laid out a pulse after its items change. */
    static void whenShown(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(text).tryQuery().isPresent());
    }

    private static Button cancel(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").match(n -> "Cancel".equals(((Button) n).getText())).queryButton();
    }
}
