package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import java.nio.file.Files;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.accord.catalog.TemplateCatalog;
import org.accord.session.SavedWorkshop;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.ui.common.Confirm;
import org.accord.ui.common.NameDialog;
import org.accord.ui.common.ShortcutSheet;
import org.accord.ui.start.RestoreDialog;
import org.accord.ui.start.StartView;
import org.accord.ui.workshop.WorkshopView;
import org.accord.ui.workshop.guide.GuideScreen;
import org.accord.ui.workshop.matrix.MatrixTable;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The start screen on a prepared data folder: search, delete with confirmation, and a damaged file. */
class StartScreenTest extends WindowTest {
    /** Each test prepares the data folder, then opens the window. */
    @Override
    protected boolean openAtStart() {
        return false;
    }

    private void openWindow(FxRobot robot) {
        robot.interact((Runnable) this::openWindow);
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
    private static TableView<SavedWorkshop> list(FxRobot robot) {
        return (TableView<SavedWorkshop>) robot.lookup("#" + StartView.LIST_ID).queryAs(TableView.class);
    }

    @Test
    void savedWorkshopsAreListedNewestFirstAndTheSearchBoxFilters(FxRobot robot) throws Exception {
        saveWorkshops("Kick-off Acme", "Follow-up Acme", "Globex alignment");
        openWindow(robot);
        OnFxThread.waitUntil(10, () -> list(robot).getItems().size() == 3);
        assertThat(list(robot).getItems()).extracting(SavedWorkshop::title)
                .containsExactly("Globex alignment", "Follow-up Acme", "Kick-off Acme");
        robot.clickOn("#" + StartView.SEARCH_ID).write("acme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list(robot).getItems()).extracting(SavedWorkshop::title)
                .containsExactly("Follow-up Acme", "Kick-off Acme");
    }

    /** What the window has built ahead, read on the FX thread. */
    private java.util.Optional<java.util.Map.Entry<org.accord.domain.Workshop, org.accord.ui.workshop.WorkshopView>> prepared() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> window.preparedScreen()).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theLastEditedWorkshopIsBuiltAheadAndOpensAsSavedNeverStale(FxRobot robot) throws Exception {
        saveWorkshops("Kick-off", "Follow-up"); // "Follow-up" was edited last
        openWindow(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> prepared()
                .map(p -> p.getKey().title().equals("Follow-up")).orElse(false));

        // A rename on the start screen changes the list: the screen built ahead is built again with the new title.
        whenShown(robot, "Follow-up"); // built ahead is no proof the list's row is on screen yet
        robot.clickOn("Follow-up").clickOn("Rename…");
        robot.interact(() -> robot.lookup("#" + NameDialog.FIELD_ID).queryTextInputControl().clear());
        robot.clickOn("#" + NameDialog.FIELD_ID).write("Follow-up, March");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "OK".equals(((Button) n).getText())).queryButton());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> prepared()
                .map(p -> p.getKey().title().equals("Follow-up, March")).orElse(false));
        var ahead = prepared().orElseThrow().getValue();
        WaitForAsyncUtils.waitForFxEvents();

        robot.doubleClickOn("Follow-up, March");
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + GuideScreen.AGENDA_ID).tryQuery().isPresent());
        assertThat(window.shownWorkshopView()).as("the screen built ahead is the one shown").isSameAs(ahead);
        assertThat(stage.getTitle()).contains("Follow-up, March");

        // Another workshop is read and built on the click, as before.
        robot.clickOn("#" + WorkshopView.BACK_ID);
        whenShown(robot, "Kick-off");
        robot.doubleClickOn("Kick-off");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getTitle().contains("Kick-off"));
        assertThat(window.shownWorkshopView()).isNotSameAs(ahead);
    }

    @Test
    void theStartScreenShowsItsTitleFirstAndNeverFlashesTheFirstRunOfferOverSavedWorkshops(FxRobot robot)
            throws Exception {
        saveWorkshops("Kick-off");
        java.util.List<String> frames = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> {
            openWindow();
            // What each frame shows, from the very first one.
            stage.getScene().addPostLayoutPulseListener(() -> {
                var scene = stage.getScene();
                boolean offer = scene.getRoot().lookupAll(".first-run").stream().anyMatch(javafx.scene.Node::isVisible);
                frames.add((scene.lookup("#" + StartView.LIST_ID) == null ? "title only" : "complete")
                        + (offer ? ", first-run offer" : ""));
            });
        });
        whenShown(robot, "Kick-off");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frames).first().isEqualTo("title only");
        assertThat(frames).contains("complete").noneMatch(f -> f.contains("first-run offer"));
        assertThat(robot.lookup("#" + StartView.NEW_TITLE_ID).queryTextInputControl().isFocused()).as("the keys go to the title field").isTrue();
    }

    /**
     * A workshop not built ahead shows its grid first; the agenda list and the side panel come in a frame later, into
     * places the first frame kept for them, so the grid does not move.
     */
    @Test
    void aWorkshopOpensGridFirstAndItsAgendaAndSidePanelComeInWithoutMovingIt(FxRobot robot) throws Exception {
        // A clock that moves between the saves: on the system clock both renames could fall in one millisecond, and
        // then either workshop could be the last edited one and be built ahead (it was, once, on CI).
        var clock = new org.accord.testing.MovingClock(Instant.parse("2026-11-01T09:00:00Z"));
        try (H2WorkshopStore store = H2WorkshopStore.open(data, clock)) {
            store.rename(store.create(org.accord.testing.GeneratedWorkshop.of(40, 6)).id(), "Opened on the click");
            clock.advance(java.time.Duration.ofMinutes(5));
            store.rename(store.create(org.accord.testing.GeneratedWorkshop.of(40, 6)).id(), "Edited last, built ahead");
        }
        java.util.List<String> frames = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> {
            openWindow();
            stage.getScene().addPostLayoutPulseListener(() -> {
                var scene = stage.getScene();
                var grid = scene.lookup("#" + MatrixTable.ID);
                if (scene.getRoot().getStyleClass().contains("workshop-view") && grid != null) {
                    var bounds = grid.localToScene(grid.getLayoutBounds());
                    frames.add((scene.lookup("#" + GuideScreen.AGENDA_ID) == null ? "grid" : "grid, agenda")
                            + (scene.lookup("#" + WorkshopView.FINDINGS_ID) == null ? "" : ", side panel")
                            + " at x " + Math.round(bounds.getMinX()) + ", width " + Math.round(bounds.getWidth()));
                }
            });
        });
        whenShown(robot, "Opened on the click");
        robot.doubleClickOn("Opened on the click");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> frames.stream().anyMatch(f -> f.contains("side panel")));
        WaitForAsyncUtils.waitForFxEvents();
        String place = frames.get(0).substring(frames.get(0).indexOf(" at "));
        assertThat(frames.get(0)).isEqualTo("grid" + place);
        assertThat(frames).last().isEqualTo("grid, agenda, side panel" + place);
        assertThat(stage.getTitle()).startsWith("Opened on the click");
    }

    @Test
    void renameAndDuplicateAskForATitleAndRefuseABlankOne(FxRobot robot) throws Exception {
        saveWorkshops("Kick-off");
        openWindow(robot);
        whenShown(robot, "Kick-off");
        robot.clickOn("Kick-off").clickOn("Rename…");
        robot.interact(() -> robot.lookup("#" + NameDialog.FIELD_ID).queryTextInputControl().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + NameDialog.MESSAGE_ID).queryAs(Label.class).getText()).isEqualTo("The workshop title cannot be empty.");
        robot.clickOn("#" + NameDialog.FIELD_ID).write("Kick-off, March");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "OK".equals(((Button) n).getText())).queryButton());
        whenShown(robot, "Kick-off, March");

        robot.clickOn("Kick-off, March").clickOn("Duplicate…");
        assertThat(robot.lookup("#" + NameDialog.FIELD_ID).queryTextInputControl().getText()).isEqualTo("Kick-off, March (follow-up)");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "OK".equals(((Button) n).getText())).queryButton());
        OnFxThread.waitUntil(10, () -> list(robot).getItems().size() == 2);
        assertThat(list(robot).getItems()).extracting(SavedWorkshop::title)
                .containsExactlyInAnyOrder("Kick-off, March", "Kick-off, March (follow-up)");
    }

    @Test
    void deletingAsksFirstAndCancelKeepsTheWorkshop(FxRobot robot) throws Exception {
        saveWorkshops("Keep me", "Delete me");
        openWindow(robot);
        OnFxThread.waitUntil(10, () -> list(robot).getItems().size() == 2);
        whenShown(robot, "Delete me");
        robot.clickOn("Delete me").clickOn("Delete…");
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("Delete \"Delete me\"");
        // Enter, the hurried answer, is Cancel: deleting cannot be undone.
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(list(robot).getItems()).hasSize(2);
        robot.clickOn("Delete me").clickOn("Delete…");
        robot.clickOn(cancel(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list(robot).getItems()).hasSize(2);

        robot.clickOn("Delete me").clickOn("Delete…");
        robot.clickOn("#" + Confirm.YES_ID);
        OnFxThread.waitUntil(10, () -> list(robot).getItems().size() == 1);
        assertThat(list(robot).getItems().get(0).title()).isEqualTo("Keep me");
        try (H2WorkshopStore store = H2WorkshopStore.open(data.resolve("elsewhere"))) {
            assertThat(store.list()).isEmpty(); // sanity: a different folder is a different database
        }
    }

    @Test
    void aDamagedDatabaseIsNamedAndNoEmptyListIsShown(FxRobot robot) throws Exception {
        Files.write(data.resolve("accord.mv.db"), "not a database".repeat(500).getBytes());
        openWindow(robot);
        Label error = robot.lookup("#" + StartView.ERROR_ID).queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        assertThat(error.getText()).contains(data.resolve("accord.mv.db").toString())
                .contains("is damaged").contains("A copy of the damaged file is kept at").doesNotContain("Exception");
        assertThat(error.isVisible()).isTrue();
        assertThat(robot.lookup("#" + StartView.CREATE_ID).queryButton().isDisabled()).isTrue();
        assertThat(list(robot).getItems()).isEmpty();
        assertThat(robot.lookup("No saved workshops yet. Create one above.").tryQuery()).isEmpty();
    }

    @Test
    void aDamagedFileIsReplacedByTheChosenBackupAndSetAside(FxRobot robot) throws Exception {
        saveWorkshops("Backed up one", "Backed up two");
        H2WorkshopStore.open(data).close(); // opening keeps a backup of both
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            store.rename(store.list().get(0).id(), "Renamed after the backup");
        }
        Files.write(data.resolve("accord.mv.db"), new byte[0]); // the file is lost
        openWindow(robot);
        Label error = robot.lookup("#" + StartView.ERROR_ID).queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        assertThat(error.getText()).contains("is damaged: it is empty").contains("The newest good backup is from");

        robot.clickOn("#" + StartView.RESTORE_ID);
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + RestoreDialog.LIST_ID).tryQuery().isPresent());
        javafx.scene.control.ListView<?> backups = robot.lookup("#" + RestoreDialog.LIST_ID).queryListView();
        assertThat(backups.getItems()).hasSizeGreaterThanOrEqualTo(2);
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "Restore".equals(((Button) n).getText())).queryButton());
        OnFxThread.waitUntil(10, () -> list(robot).getItems().size() == 2);
        assertThat(list(robot).getItems()).extracting(SavedWorkshop::title)
                .containsExactlyInAnyOrder("Backed up one", "Backed up two"); // the rename came after the backup
        assertThat(robot.lookup("#" + StartView.NOTICE_ID).queryAs(Label.class).getText()).startsWith("Restored the backup of");
        assertThat(error.isVisible()).isFalse();
        try (var files = Files.list(data.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("replaced-"))
                    .anyMatch(n -> n.startsWith("damaged-"));
        }
    }

    @Test
    void aFirstRunOffersTheSampleWorkshopAndTheShortcutSheet(FxRobot robot) throws Exception {
        openWindow(robot);
        // The window carries the application icon, in the small sizes title and task bars show, from right after
        // its first frame.
        OnFxThread.waitUntil(10, () -> stage.getIcons().size() == 2);
        assertThat(OnFxThread.call(() -> java.util.List.copyOf(stage.getIcons()))).extracting(javafx.scene.image.Image::getWidth).containsExactly(32.0, 64.0);
        assertThat(OnFxThread.call(() -> java.util.List.copyOf(stage.getIcons()))).noneMatch(javafx.scene.image.Image::isError);
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + StartView.SAMPLE_ID).queryButton().isVisible());
        robot.type(javafx.scene.input.KeyCode.F1);
        OnFxThread.waitUntil(5, () -> robot.lookup("#" + ShortcutSheet.ID).tryQuery().isPresent());
        assertThat(robot.lookup("Set the letter of the selected cell").tryQuery()).isPresent();
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "Close".equals(((Button) n).getText())).queryButton());
        robot.clickOn("#" + StartView.SAMPLE_ID);
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + MatrixTable.ID).tryQuery().isPresent());
        assertThat(stage.getTitle()).startsWith("Sample: Acme Retail");
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + WorkshopView.FINDINGS_ID).tryQuery().isPresent());
        assertThat(robot.lookup("#" + WorkshopView.FINDINGS_ID).queryListView().getItems()).isNotEmpty();
    }

    @Test
    void aWorkshopNamedAtStartOpensByItself(FxRobot robot) throws Exception {
        saveWorkshops("Kick-off Acme", "Follow-up Acme");
        robot.interact(() -> {
            window = new org.accord.app.AccordWindow(data, stage, java.time.Clock.systemUTC(), files);
            window.show("Kick-off Acme");
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Kick-off Acme — Accord".equals(stage.getTitle()));
        // The agenda list comes in a frame after the grid (WorkshopView.complete).
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + GuideScreen.AGENDA_ID).tryQuery().isPresent());
    }

    private static Button cancel(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").match(n -> "Cancel".equals(((Button) n).getText())).queryButton();
    }
}
