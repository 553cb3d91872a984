package org.accord.ui;

import org.accord.testing.OnFxThread;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.accord.domain.Activity;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Workshop;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.ui.workshop.SpreadsheetImportDialog;
import org.accord.ui.workshop.WorkshopView;
import org.accord.ui.workshop.guide.WrapUpPane;
import org.accord.ui.workshop.matrix.MatrixTable;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The spreadsheet goes out from the Export menu, comes back edited, and its changes are applied as one undo step. */
class SpreadsheetWindowTest extends WindowTest {
    @TempDir
    Path out;

    @Override
    protected boolean openAtStart() {
        return false; // each test opens a workshop saved for it
    }

    private static String notice(FxRobot robot) {
        return robot.lookup("#" + WorkshopView.NOTICE_ID).queryAs(Label.class).getText();
    }

    /** The letter the grid shows; row 0 is the first group's heading, column 0 the activity names. */
    private static String letterAt(FxRobot robot, int row, int column) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> matrix = robot.lookup("#" + MatrixTable.ID).queryTableView();
        TableCell<?, ?> cell = robot.from(matrix).lookup(".letter-cell")
                .match(n -> n instanceof TableCell<?, ?> c && c.getIndex() == row
                        && c.getTableColumn() == matrix.getColumns().get(column))
                .query();
        return cell.getText() == null ? "" : cell.getText();
    }

    @Test
    void anEditedSpreadsheetsChangesArePreviewedAcceptedOneByOneAndUndoneWithOneCtrlZ(FxRobot robot) throws Exception {
        openSavedWorkshopOnMatrixStep(robot, "Spreadsheet round trip");
        Path exported = out.resolve("matrix.xlsx");
        files.answer(exported);
        robot.clickOn("Export").clickOn("Spreadsheet (.xlsx)…");
        OnFxThread.waitUntil(30, () -> notice(robot).startsWith("Saved the spreadsheet"));
        assertThat(files.lastSuggestedName).isEqualTo("Spreadsheet round trip.xlsx");

        // A damaged file first: refused in the message bar, no preview, nothing changed.
        byte[] whole = Files.readAllBytes(exported);
        files.answer(Files.write(out.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2)));
        robot.clickOn("Matrix").clickOn("Import changes from a spreadsheet…");
        OnFxThread.waitUntil(30, () -> notice(robot).startsWith("cut.xlsx is damaged"));
        assertThat(robot.lookup("#" + SpreadsheetImportDialog.TABLE_ID).tryQuery()).isEmpty();

        // The team's edits, offline: the first activity gets CIO A and CMO R, the second CIO C, the third a typo.
        Path edited = out.resolve("matrix from the team.xlsx");
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet matrix = book.getSheet("Matrix");
            matrix.getRow(2).getCell(2).setCellValue("A");
            matrix.getRow(2).getCell(3).setCellValue("R");
            matrix.getRow(3).getCell(2).setCellValue("C");
            matrix.getRow(4).getCell(2).setCellValue("X");
            try (OutputStream written = Files.newOutputStream(edited)) {
                book.write(written);
            }
        }
        files.answer(edited);
        robot.clickOn("Matrix").clickOn("Import changes from a spreadsheet…");
        OnFxThread.waitUntil(30,
                () -> robot.lookup("#" + SpreadsheetImportDialog.TABLE_ID).tryQuery().isPresent());
        TableView<?> preview = robot.lookup("#" + SpreadsheetImportDialog.TABLE_ID).queryTableView();
        assertThat(preview.getItems()).hasSize(4);
        whenShown(robot, "Cannot be applied: \"X\" is not a RACI letter: a cell holds R, A, C, I or nothing.");
        whenShown(robot, "(empty) → A");
        Button apply = robot.lookup(".dialog-pane .button").match(n -> ((Button) n).getText().startsWith("Apply "))
                .queryButton();
        assertThat(apply.getText()).isEqualTo("Apply 3 changes");
        robot.clickOn("#" + SpreadsheetImportDialog.ACCEPT_PREFIX + "C4"); // not the second activity's C
        assertThat(robot.lookup("#" + SpreadsheetImportDialog.ACCEPT_PREFIX + "C4").queryAs(CheckBox.class).isSelected())
                .isFalse();
        assertThat(apply.getText()).isEqualTo("Apply 2 changes");
        robot.clickOn(apply);
        OnFxThread.waitUntil(30, () -> robot.lookup("#" + SpreadsheetImportDialog.TABLE_ID)
                .tryQuery().isEmpty());

        assertThat(letterAt(robot, 1, 1)).isEqualTo("A");
        assertThat(letterAt(robot, 1, 2)).isEqualTo("R");
        assertThat(letterAt(robot, 2, 1)).isEmpty();
        assertThat(letterAt(robot, 3, 1)).isEmpty();
        assertThat(notice(robot)).isEqualTo("Applied 2 changes from the spreadsheet. Ctrl+Z takes them back.");
        awaitSaved(robot);

        // One Ctrl+Z takes both back; redone, they are what the file holds.
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(letterAt(robot, 1, 1)).isEmpty();
        assertThat(letterAt(robot, 1, 2)).isEmpty();
        awaitSaved(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(letterAt(robot, 1, 1)).isEqualTo("A");
        awaitSaved(robot);

        // The wrap-up step hands it out too, beside the PDF and the agreements CSV.
        nextSteps(robot, 4);
        Path fromWrapUp = out.resolve("wrap-up.xlsx");
        files.answer(fromWrapUp);
        robot.clickOn("#" + WrapUpPane.HANDOUT_XLSX_ID);
        OnFxThread.waitUntil(30, () -> notice(robot).equals("Saved the spreadsheet: " + fromWrapUp));
        try (InputStream in = Files.newInputStream(fromWrapUp); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet("Matrix").getRow(2).getCell(2).getStringCellValue()).isEqualTo("A");
        }

        robot.interact(() -> stage.close());
        window.close();
        window = null;
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            Workshop saved = store.load(store.list().get(0).id());
            UUID first = saved.activities().get(0).id();
            UUID second = saved.activities().get(1).id();
            UUID cio = saved.roleLabelled("CIO").map(Role::id).orElseThrow();
            UUID cmo = saved.roleLabelled("CMO").map(Role::id).orElseThrow();
            assertThat(saved.letter(first, cio)).contains(Raci.A);
            assertThat(saved.letter(first, cmo)).contains(Raci.R);
            assertThat(saved.letter(second, cio)).isEmpty();
            assertThat(saved.letters()).hasSize(2);
            assertThat(saved.activities()).extracting(Activity::name).first().isEqualTo("Martech roadmap");
        }
    }

    /**
     * At a 1280×720 projector the preview fits the window and reads whole: the role column said "Se…" for
     * "Security" in a 900-px table with fixed column widths.
     */
    @Test
    void thePreviewFitsA1280By720ScreenAndItsRolesReadWhole(FxRobot robot) throws Exception {
        openSavedWorkshopOnMatrixStep(robot, "Small screen");
        robot.interact(() -> {
            stage.setWidth(1216); // what the window takes of a 1280×720 screen
            stage.setHeight(663);
        });
        Path exported = out.resolve("small.xlsx");
        files.answer(exported);
        robot.clickOn("Export").clickOn("Spreadsheet (.xlsx)…");
        OnFxThread.waitUntil(30, () -> notice(robot).startsWith("Saved the spreadsheet"));
        Path edited = out.resolve("small edited.xlsx");
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet matrix = book.getSheet("Matrix");
            // Every role's column of the first activity: the last ones have the longest labels.
            for (int column = 2; column < matrix.getRow(2).getLastCellNum(); column++) {
                var cell = matrix.getRow(2).getCell(column);
                if (cell == null) {
                    cell = matrix.getRow(2).createCell(column);
                }
                cell.setCellValue("C");
            }
            try (OutputStream written = Files.newOutputStream(edited)) {
                book.write(written);
            }
        }
        files.answer(edited);
        robot.clickOn("Matrix").clickOn("Import changes from a spreadsheet…");
        OnFxThreadWait.until(() -> robot.lookup("#" + SpreadsheetImportDialog.TABLE_ID).tryQuery().isPresent());
        TableView<?> preview = robot.lookup("#" + SpreadsheetImportDialog.TABLE_ID).queryTableView();
        whenShown(robot, "Security");
        var roleColumn = preview.getColumns().get(3);
        java.util.List<String> roles = org.accord.testing.OnFxThread.call(() -> robot.from(preview).lookup(".table-cell")
                .queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() == roleColumn && c.isVisible() && !c.isEmpty())
                .map(SpreadsheetWindowTest::shownText).toList());
        assertThat(roles).contains("Security").allSatisfy(role -> assertThat(role).doesNotContain("…", "...", "(cut)"));
        assertThat(preview.getWidth()).as("the preview's width (its window once took ~600 px)").isGreaterThan(900);
        javafx.stage.Window dialog = preview.getScene().getWindow();
        assertThat(dialog.getWidth()).isLessThanOrEqualTo(1280);
        assertThat(dialog.getHeight()).isLessThanOrEqualTo(720);
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "Cancel".equals(((Button) n).getText())).queryButton());
    }

    /** What a cell shows: its text as drawn ("Se…" when cut), or its wrapped text, marked when wider than the cell. */
    private static String shownText(TableCell<?, ?> cell) {
        if (cell.getGraphic() instanceof javafx.scene.text.Text text) {
            return text.getLayoutBounds().getWidth() > cell.getWidth() ? text.getText() + " (cut)" : text.getText();
        }
        return cell.getChildrenUnmodifiable().stream().filter(javafx.scene.text.Text.class::isInstance)
                .map(t -> ((javafx.scene.text.Text) t).getText()).findFirst().orElse("");
    }

    /** Waits on the JavaFX thread (the project's rule for window tests). */
    private static final class OnFxThreadWait {
        static void until(java.util.concurrent.Callable<Boolean> condition) throws Exception {
            org.accord.testing.OnFxThread.waitUntil(20, condition);
        }
    }
}
