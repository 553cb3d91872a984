package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.accord.domain.Finding;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;
import org.accord.session.SavedWorkshop;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.ui.common.NameDialog;
import org.accord.ui.start.StartView;
import org.accord.ui.workshop.RoleDialog;
import org.accord.ui.workshop.UnsavedChangesDialog;
import org.accord.ui.workshop.WorkshopView;
import org.accord.ui.workshop.matrix.MatrixTable;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window, headless: create from the template, type letters, watch findings, undo, reopen. */
class WorkshopWindowTest extends WindowTest {

    /** Only the first test creates its workshop on the start screen; the others open one saved for them. */
    @Override
    protected boolean openAtStart() {
        return false;
    }

    @Test
    void createFromTemplateTypeLettersWatchFindingsUndoRedoAndReopen(FxRobot robot) throws Exception {
        robot.interact(this::openWindow);
        createWorkshop(robot, "Spring alignment Łukasz 王芳");
        assertThat(stage.getTitle()).isEqualTo("Spring alignment Łukasz 王芳 — Accord");

        String noA = "\"Martech roadmap\" has no Accountable (A).";
        assertThat(findingTexts(robot)).anyMatch(t -> t.startsWith(noA));

        // The grid has the keyboard, on the first row (the "Strategy" heading). Down to the first activity.
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT).type(KeyCode.A);   // CIO: A
        robot.type(KeyCode.RIGHT).type(KeyCode.R);                      // CMO: R
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(letterAt(robot, 1, 1)).isEqualTo("A");
        assertThat(letterAt(robot, 1, 2)).isEqualTo("R");
        assertThat(findingTexts(robot)).noneMatch(t -> t.startsWith(noA));
        // Each letter in its own colour (workshop.css), switched with the letter.
        assertThat(fillAt(robot, 1, 1)).isEqualTo(Color.web("#ffd7cc"));
        assertThat(fillAt(robot, 1, 2)).isEqualTo(Color.web("#cfe3ff"));
        assertThat(fillAt(robot, 1, 3)).isNotIn(LETTER_COLOURS);
        // A name is shown whole on hover (the column may cut it short); the tooltip is made on the first hover.
        javafx.scene.control.TableCell<?, ?> name = (javafx.scene.control.TableCell<?, ?>) robot.from(
                robot.lookup("#" + MatrixTable.ID).queryTableView()).lookup(".name-cell")
                .match(n -> ((javafx.scene.control.TableCell<?, ?>) n).getIndex() == 1).query();
        robot.moveTo(name);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name.getTooltip()).isNotNull();
        assertThat(name.getTooltip().getText()).startsWith("Martech roadmap");
        Label cioHeading = (Label) robot.lookup("#" + MatrixTable.ID).queryTableView().getColumns().get(1).getGraphic();
        robot.moveTo(cioHeading);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cioHeading.getTooltip().getText()).startsWith("Chief Information Officer (");

        // A second A makes a finding appear; undo makes it go, redo brings it back.
        robot.type(KeyCode.A);
        String twoAs = "\"Martech roadmap\" has 2 Accountables (A).";
        assertThat(findingTexts(robot)).anyMatch(t -> t.startsWith(twoAs));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(findingTexts(robot)).noneMatch(t -> t.startsWith(twoAs));
        assertThat(letterAt(robot, 1, 2)).isEqualTo("R");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(findingTexts(robot)).anyMatch(t -> t.startsWith(twoAs));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(letterAt(robot, 1, 2)).isEqualTo("A");

        // Delete clears; then set C and wait until the window says it is saved.
        robot.type(KeyCode.DELETE);
        assertThat(letterAt(robot, 1, 2)).isEmpty();
        assertThat(fillAt(robot, 1, 2)).isNotIn(LETTER_COLOURS);
        robot.type(KeyCode.C);
        assertThat(fillAt(robot, 1, 2)).isEqualTo(Color.web("#fff0b3"));
        awaitSaved(robot);

        // Back to the list, then reopen: the same matrix.
        robot.clickOn("#" + WorkshopView.BACK_ID);
        OnFxThread.waitUntil(10, () -> workshopList(robot).getItems().size() == 1);
        SavedWorkshop summary = workshopList(robot).getItems().get(0);
        // Closing the workshop kept a backup of it, with the letters just typed.
        var backups = new org.accord.store.backup.Backups(data, Clock.systemUTC());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> backups.list().stream().anyMatch(b -> "closed".equals(b.reason())));
        assertThat(backups.newest().orElseThrow().workshops()).extracting(b -> b.title())
                .containsExactly("Spring alignment Łukasz 王芳");
        assertThat(summary.title()).isEqualTo("Spring alignment Łukasz 王芳");
        assertThat(robot.lookup("#" + StartView.NEW_TITLE_ID).queryTextInputControl().getText()).isEmpty();
        whenShown(robot, "Spring alignment Łukasz 王芳");
        robot.clickOn("Spring alignment Łukasz 王芳").clickOn("#" + StartView.OPEN_ID);
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + MatrixTable.ID).tryQuery().isPresent());
        assertThat(letterAt(robot, 1, 1)).isEqualTo("A");
        assertThat(letterAt(robot, 1, 2)).isEqualTo("C");
        assertThat(findingTexts(robot)).noneMatch(t -> t.startsWith(noA));

        // And it is in the file, for the next start of Accord.
        robot.interact(() -> stage.close());
        window.close();
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            Workshop saved = store.load(summary.id());
            var activity = saved.activities().get(0);
            assertThat(activity.name()).isEqualTo("Martech roadmap");
            assertThat(saved.letter(activity.id(), saved.roles().get(0).id())).contains(Raci.A);
            assertThat(saved.letter(activity.id(), saved.roles().get(1).id())).contains(Raci.C);
            assertThat(saved.letters()).hasSize(2);
        }
    }

    @Test
    void aBlankOrDuplicateActivityNameIsRefusedAtTheField(FxRobot robot) throws Exception {
        openSavedWorkshopOnMatrixStep(robot, "Names");
        robot.clickOn("#" + WorkshopView.ADD_ACTIVITY_ID);
        Label message = robot.lookup("#" + NameDialog.MESSAGE_ID).queryAs(Label.class);
        Button ok = robot.lookup(".dialog-pane .button").match(n -> "OK".equals(((Button) n).getText())).queryButton();
        assertThat(message.getText()).isEqualTo("The activity name cannot be empty.");
        assertThat(ok.isDisabled()).isTrue();
        robot.clickOn("#" + NameDialog.FIELD_ID).write("martech ROADMAP");
        assertThat(message.getText()).contains("already an activity called \"martech ROADMAP\"");
        assertThat(ok.isDisabled()).isTrue();
        robot.eraseText(15).write("Zoë's new activity");
        assertThat(message.getText()).isEmpty();
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> matrix = robot.lookup("#" + MatrixTable.ID).queryTableView();
        assertThat(robot.lookup("Zoë's new activity").tryQuery()).isPresent();
        assertThat(matrix.getItems()).hasSize(5 + 17);
        awaitSaved(robot);
    }

    @Test
    void selectingAFindingSelectsItsRow(FxRobot robot) throws Exception {
        openSavedWorkshopOnMatrixStep(robot, "Findings");
        ListView<Finding> findings = robot.lookup("#" + WorkshopView.FINDINGS_ID).queryListView();
        Finding vendor = findings.getItems().stream()
                .filter(f -> f.problem().startsWith("\"Vendor evaluation and selection\"")).findFirst().orElseThrow();
        robot.interact(() -> findings.getSelectionModel().select(vendor));
        TableView<?> matrix = robot.lookup("#" + MatrixTable.ID).queryTableView();
        int row = matrix.getFocusModel().getFocusedCell().getRow();
        assertThat(robot.lookup(".selected-activity").queryAs(Label.class).getText())
                .isEqualTo("Vendor evaluation and selection");
        assertThat(row).isPositive();
    }

    /**
     * A real fault: another connection holds a lock on the workshop's row, so the save times out. The window says
     * "Not saved", keeps the letter, and saves it on a retry once the lock is gone.
     */
    @Test
    void aSaveThatFailsIsShownAsNotSavedKeepsTheEditAndIsSavedOnRetry(FxRobot robot) throws Exception {
        openSavedWorkshopOnMatrixStep(robot, "Faults");
        awaitSaved(robot);
        try (java.sql.Connection blocker = holdTheWorkshopRow()) {
            Label saveState = typeALetterThatCannotBeSaved(robot);
            assertThat(saveState.getText()).contains("Your change is kept in the window").doesNotContain("SQL")
                    .doesNotContain("Exception");
            assertThat(letterAt(robot, 1, 1)).isEqualTo("A");
            blocker.rollback();
        }
        OnFxThread.waitUntil(15,
                () -> "All changes saved".equals(robot.lookup("#" + WorkshopView.SAVE_STATE_ID).queryAs(Label.class).getText()));
        robot.interact(() -> stage.close());
        window.close();
        window = null;
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            Workshop saved = store.load(store.list().get(0).id());
            assertThat(saved.letter(saved.activities().get(0).id(), saved.roles().get(0).id())).contains(Raci.A);
        }
    }

    /**
     * Leaving a workshop whose last edit could not be saved dropped it without a word (issue 21). Now the window asks:
     * "Stay" keeps the screen; "Save to a file…" writes the workshop, unsaved letter included, then leaves; and a
     * close request of the window asks the same.
     */
    @Test
    void leavingWithAnUnsavedEditAsksFirstAndCanSaveItToAFile(FxRobot robot) throws Exception {
        openSavedWorkshopOnMatrixStep(robot, "Unsaved on leaving");
        awaitSaved(robot);
        java.nio.file.Path copy = data.resolveSibling(data.getFileName() + "-unsaved.accord.json");
        try (java.sql.Connection blocker = holdTheWorkshopRow()) {
            typeALetterThatCannotBeSaved(robot);

            // The window's close button (a close request) asks; "Stay" keeps the workshop on screen.
            // Not through robot.interact: it would wait for the handler, which waits for the dialog's answer.
            javafx.application.Platform.runLater(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                    javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
            Button stay = unsavedChangesButton(robot, "Stay");
            robot.interact(stay::fire);
            assertThat(stage.isShowing()).isTrue();
            assertThat(robot.lookup("#" + MatrixTable.ID).tryQuery()).isPresent();

            // Back to the workshops: asked again; the workshop goes to a file, then the start screen shows.
            files.answer(copy);
            robot.interact(() -> robot.lookup("#" + MatrixTable.ID).query().requestFocus());
            robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL); // "Back to workshops"
            Button saveToFile = unsavedChangesButton(robot, "Save to a file…");
            assertThat(saveToFile.isDefaultButton()).as("Enter keeps the changes").isTrue();
            robot.interact(saveToFile::fire);
            OnFxThread.waitUntil(15, () -> robot.lookup("#" + StartView.CREATE_ID).tryQuery().isPresent());
            Workshop inFile = org.accord.export.json.WorkshopFile.read(java.nio.file.Files.readAllBytes(copy),
                    java.time.Instant.now());
            assertThat(inFile.letter(inFile.activities().get(0).id(), inFile.roles().get(0).id()))
                    .as("the unsaved letter, in the file").contains(Raci.A);
            blocker.rollback();
        } finally {
            java.nio.file.Files.deleteIfExists(copy);
        }
    }

    /**
     * A real fault: another connection (in this program, so H2 shares the open database with it) holds a lock on
     * the workshop's row until it rolls back, so every save times out meanwhile.
     */
    private java.sql.Connection holdTheWorkshopRow() throws java.sql.SQLException {
        java.sql.Connection blocker = java.sql.DriverManager.getConnection(
                H2WorkshopStore.url(data.toAbsolutePath(), false), "sa", "");
        blocker.setAutoCommit(false);
        try (var st = blocker.createStatement()) {
            st.executeUpdate("UPDATE workshop SET notes = notes");
        }
        return blocker;
    }

    /** Types A in the first activity's first role and waits for "Not saved: …"; the save state's label. */
    private static Label typeALetterThatCannotBeSaved(FxRobot robot) throws Exception {
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT).type(KeyCode.A);
        Label saveState = robot.lookup("#" + WorkshopView.SAVE_STATE_ID).queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> saveState.getText().startsWith("Not saved: Accord"));
        return saveState;
    }

    /** The button of the "Not saved" question, once its window is on screen (it is built a moment before). */
    private static Button unsavedChangesButton(FxRobot robot, String text) throws Exception {
        java.util.function.Supplier<java.util.Optional<Button>> find = () -> robot.lookup("#" + UnsavedChangesDialog.ID + " .button")
                .match(n -> n instanceof Button b && text.equals(b.getText()) && b.getScene() != null
                        && b.getScene().getWindow() != null && b.getScene().getWindow().isShowing())
                .tryQuery().map(Button.class::cast);
        OnFxThread.waitUntil(10, () -> find.get().isPresent());
        return find.get().orElseThrow();
    }

    @Test
    void withTheMouseAClickOnTheSelectedCellOpensTheLetterMenu(FxRobot robot) throws Exception {
        openSavedWorkshopOnMatrixStep(robot, "Mouse");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(letterCell(robot, 1, 2));   // selects the cell
        robot.clickOn(letterCell(robot, 1, 2));   // a click on the selected cell opens the small menu
        robot.clickOn("A  Accountable");
        assertThat(letterAt(robot, 1, 2)).isEqualTo("A");
        robot.clickOn(letterCell(robot, 1, 2)).clickOn("Clear"); // cells are redrawn after an edit: look again
        assertThat(letterAt(robot, 1, 2)).isEmpty();
        awaitSaved(robot);
    }

    @Test
    void aRoleIsAddedThroughItsDialogAndAnActivityMovesWithTheKeyboard(FxRobot robot) throws Exception {
        openSavedWorkshopOnMatrixStep(robot, "Editing in place");
        robot.clickOn("#" + WorkshopView.ADD_ROLE_ID);
        robot.clickOn("#" + RoleDialog.NAME_ID).write("Head of e-commerce Zoë");
        robot.clickOn("#" + RoleDialog.LABEL_ID).write("cio"); // taken: refused at the field
        Label message = robot.lookup("#" + RoleDialog.MESSAGE_ID).queryAs(Label.class);
        assertThat(message.getText()).contains("short label");
        robot.eraseText(3).write("eCom");
        assertThat(message.getText()).isEmpty();
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "OK".equals(((Button) n).getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> matrix = robot.lookup("#" + MatrixTable.ID).queryTableView();
        assertThat(((Label) matrix.getColumns().get(8).getGraphic()).getText()).isEqualTo("eCom");

        // Alt+Down moves "Martech roadmap" below "Martech budget", within its group.
        robot.interact(matrix::requestFocus);
        robot.type(KeyCode.DOWN); // from the "Strategy" heading to its first activity
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((javafx.scene.control.TableCell<?, ?>) robot.from(matrix).lookup(".name-cell")
                .match(n -> ((javafx.scene.control.TableCell<?, ?>) n).getIndex() == 1).query()).getText())
                .isEqualTo("Martech budget");
        awaitSaved(robot);
        robot.interact(() -> stage.close());
        window.close();
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            Workshop saved = store.load(store.list().get(0).id());
            assertThat(saved.activities().get(0).name()).isEqualTo("Martech budget");
            assertThat(saved.roles().get(7).name()).isEqualTo("Head of e-commerce Zoë");
        }
    }

    @Test
    void removingARoleThatHoldsLettersAsksFirst(FxRobot robot) throws Exception {
        openSavedWorkshopOnMatrixStep(robot, "Roles");
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.R); // CMO: R on the first row
        TableView<?> matrix = robot.lookup("#" + MatrixTable.ID).queryTableView();
        assertThat(matrix.getColumns()).hasSize(8);
        robot.clickOn("Matrix").clickOn("Remove role…");
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("Remove the role CMO? It holds 1 letters");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "Cancel".equals(((Button) n).getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(matrix.getColumns()).hasSize(8);
        robot.clickOn("Matrix").clickOn("Remove role…");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "OK".equals(((Button) n).getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(matrix.getColumns()).hasSize(7);
        assertThat(robot.lookup(".role-header").match(n -> "CMO".equals(((Label) n).getText())).tryQuery()).isEmpty();
        // The keyboard moves roles too: Alt+Left on the MarTech column (now the second role) puts it first.
        robot.interact(() -> matrix.requestFocus());
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) matrix.getColumns().get(1).getGraphic()).getText()).isEqualTo("MarTech");
        awaitSaved(robot);
    }

    @Test
    void rationaleAndDisputedStatusAreEditedInTheSidePanelAndKept(FxRobot robot) throws Exception {
        openSavedWorkshopOnMatrixStep(robot, "Rationale");
        robot.type(KeyCode.DOWN);
        robot.clickOn("#" + WorkshopView.RATIONALE_ID).write("Marketing owns the roadmap; IT owns the platforms it runs on.");
        robot.clickOn("#" + WorkshopView.STATUS_ID).clickOn("Disputed");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(findingTexts(robot)).anyMatch(t -> t.startsWith("\"Martech roadmap\" is marked disputed."));
        awaitSaved(robot);
        robot.interact(() -> stage.close());
        window.close();
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            var activity = store.load(store.list().get(0).id()).activities().get(0);
            assertThat(activity.rationale()).isEqualTo("Marketing owns the roadmap; IT owns the platforms it runs on.");
            assertThat(activity.status()).isEqualTo(org.accord.domain.ActivityStatus.DISPUTED);
        }
    }

    // ---- helpers ----

    private static List<String> findingTexts(FxRobot robot) throws Exception {
        // The side panel comes in a frame after the grid (WorkshopView.complete).
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + WorkshopView.FINDINGS_ID).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Finding> findings = robot.lookup("#" + WorkshopView.FINDINGS_ID).queryListView();
        return findings.getItems().stream().map(Finding::text).toList();
    }

    private static Node letterCell(FxRobot robot, int row, int column) {
        TableView<?> matrix = robot.lookup("#" + MatrixTable.ID).queryTableView();
        return robot.from(matrix).lookup(".letter-cell")
                .match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getIndex() == row
                        && c.getTableColumn() == matrix.getColumns().get(column))
                .query();
    }

    private static final List<Color> LETTER_COLOURS = List.of(Color.web("#cfe3ff"), Color.web("#ffd7cc"),
            Color.web("#fff0b3"), Color.web("#e4e7eb"));

    /** The colour a grid cell is filled with on top, as styled now; null if it has no fill. */
    private static Paint fillAt(FxRobot robot, int row, int column) {
        WaitForAsyncUtils.waitForFxEvents();
        Region cell = (Region) letterCell(robot, row, column);
        robot.interact(cell::applyCss);
        Background background = cell.getBackground();
        return background == null || background.getFills().isEmpty() ? null
                : background.getFills().get(background.getFills().size() - 1).getFill();
    }

    /** The letter shown in the grid at a row and column (column 0 is the activity name). */
    private static String letterAt(FxRobot robot, int row, int column) {
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = letterCell(robot, row, column);
        String text = ((javafx.scene.control.TableCell<?, ?>) cell).getText();
        return text == null ? "" : text;
    }

    @SuppressWarnings("unchecked")
    private static TableView<SavedWorkshop> workshopList(FxRobot robot) {
        return (TableView<SavedWorkshop>) robot.lookup("#" + StartView.LIST_ID).queryAs(TableView.class);
    }
}
