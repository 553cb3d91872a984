package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.accord.domain.Activity;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;
import org.accord.export.csv.ActivityCsvImport;
import org.accord.export.json.WorkshopFile;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.testing.GeneratedWorkshop;
import org.accord.ui.start.StartView;
import org.accord.ui.workshop.ImportPreviewDialog;
import org.accord.ui.workshop.WorkshopView;
import org.accord.ui.workshop.matrix.MatrixTable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Exports and imports from the window: the file dialogs answer from the test, the rest is real. */
class HandoutsWindowTest extends WindowTest {
    /** Where the file dialogs put the hand-outs; JUnit deletes it after each test. */
    @TempDir
    Path out;

    /** The exports start in a workshop saved for them; the import of a workshop file starts on the start screen. */
    @Override
    protected boolean openAtStart() {
        return false;
    }

    private static String notice(FxRobot robot) {
        return robot.lookup("#" + WorkshopView.NOTICE_ID).queryAs(Label.class).getText();
    }

    @Test
    void thePdfAndTheCsvAreExportedFromTheMenu(FxRobot robot) throws Exception {
        openSavedWorkshopOnMatrixStep(robot, "Hand-outs Łukasz");
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT).type(KeyCode.A);
        Path pdf = out.resolve("handout.pdf");
        files.answer(pdf);
        robot.clickOn("Export").clickOn("PDF report…");
        OnFxThread.waitUntil(20, () -> notice(robot).startsWith("Saved the PDF report"));
        assertThat(files.lastSuggestedName).isEqualTo("Hand-outs Łukasz.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Hand-outs Łukasz").contains("Martech roadmap");
        }

        Path csv = out.resolve("handout.csv");
        files.answer(csv);
        robot.clickOn("Export").clickOn("CSV table…");
        OnFxThread.waitUntil(20, () -> notice(robot).startsWith("Saved the matrix as CSV"));
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("\"Strategy\",\"Martech roadmap\",\"A\"");
    }

    @Test
    void exportingToAFolderThatIsGoneSaysSoAndKeepsWorking(FxRobot robot) throws Exception {
        openSavedWorkshopOnMatrixStep(robot, "Nowhere");
        files.answer(out.resolve("gone/handout.csv"));
        robot.clickOn("Export").clickOn("CSV table…");
        OnFxThread.waitUntil(20, () -> notice(robot).contains("does not exist"));
        assertThat(robot.lookup("#" + WorkshopView.NOTICE_ID).queryAs(Label.class).getStyleClass()).contains("problem");
    }

    @Test
    void activitiesFromACsvArePreviewedThenAddedAsOneUndoableEdit(FxRobot robot) throws Exception {
        openSavedWorkshopOnMatrixStep(robot, "Import");
        Path csv = Files.writeString(out.resolve("activities.csv"),
                "Name,Group,Description\nSocial listening,Data,x\n,Data,no name\nPartner portal,Delivery,y\n"
                        + "Partner portal,Delivery,again\n");
        files.answer(csv);
        robot.clickOn("Matrix").clickOn("Import activities from CSV…");
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + ImportPreviewDialog.TABLE_ID).tryQuery().isPresent());
        TableView<?> preview = robot.lookup("#" + ImportPreviewDialog.TABLE_ID).queryTableView();
        assertThat(preview.getItems()).hasSize(4);
        assertThat(robot.lookup("Left out: The activity name cannot be empty.").tryQuery()).isPresent();
        // Long reasons wrap in full; none is cut to "…" (the facilitator could not read why a row was left out).
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(preview).lookup(".text").queryAllAs(javafx.scene.text.Text.class))
                .extracting(javafx.scene.text.Text::getText).isNotEmpty().noneMatch(t -> t != null && t.endsWith("…"));
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match(n -> "Add 2 activities".equals(((Button) n).getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> matrix = robot.lookup("#" + MatrixTable.ID).queryTableView();
        assertThat(matrix.getItems()).hasSize(5 + 16 + 2);
        assertThat(robot.lookup("Social listening").tryQuery()).isPresent();
        robot.clickOn("#" + WorkshopView.UNDO_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(matrix.getItems()).hasSize(5 + 16);
    }

    /**
     * Issue 21, item 5: a CSV still being read must not hold up saving. The file is a named pipe, so the preview waits
     * on the real files thread for rows the test has not written yet; meanwhile a letter is typed, and its save
     * reaches the H2 file (read back over a second connection) before the preview is let go.
     */
    @Test
    void aLetterTypedWhileACsvIsStillBeingReadIsSavedWithoutWaitingForIt(FxRobot robot) throws Exception {
        openSavedWorkshopOnMatrixStep(robot, "Busy import");
        awaitSaved(robot);
        Path pipe = out.resolve("slow.csv");
        Assumptions.assumeTrue(namedPipe(pipe), "needs mkfifo (Linux, macOS)");
        files.answer(pipe);
        robot.clickOn("Matrix").clickOn("Import activities from CSV…");
        try (OutputStream writer = new FileOutputStream(pipe.toFile())) { // opens once the preview opens the pipe
            writer.write("Name,Group\nSlow row 1,Data\n".getBytes(StandardCharsets.UTF_8));
            writer.flush();
            robot.type(KeyCode.DOWN).type(KeyCode.RIGHT).type(KeyCode.A);
            awaitSaved(robot);
            assertThat(lettersSaved("A")).isEqualTo(1);
            assertThat(notice(robot)).isEqualTo("Reading slow.csv…"); // the preview is still reading
            assertThat(robot.lookup("#" + ImportPreviewDialog.TABLE_ID).tryQuery()).isEmpty();
            writer.write("Slow row 2,Data\n".getBytes(StandardCharsets.UTF_8));
        }
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + ImportPreviewDialog.TABLE_ID).tryQuery().isPresent());
        assertThat(robot.lookup("#" + ImportPreviewDialog.TABLE_ID).queryTableView().getItems()).hasSize(2);
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match(n -> "Add 2 activities".equals(((Button) n).getText())).queryButton());
        awaitSaved(robot);
        robot.interact(() -> stage.close());
        window.close();
        window = null;
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            Workshop saved = store.load(store.list().get(0).id());
            assertThat(saved.activities()).extracting(Activity::name).contains("Slow row 1", "Slow row 2");
            assertThat(saved.letters()).containsValue(Raci.A);
        }
    }

    /** Issue 21, item 5: a CSV too large is refused before it is read, the limit named, and nothing changes. */
    @Test
    void aCsvOverTheLimitsIsRefusedAtOnceWithTheLimitNamedAndNothingChanges(FxRobot robot) throws Exception {
        openSavedWorkshopOnMatrixStep(robot, "Too big");
        awaitSaved(robot);
        TableView<?> matrix = robot.lookup("#" + MatrixTable.ID).queryTableView();
        int rowsBefore = matrix.getItems().size();
        boolean nothingToUndo = robot.lookup("#" + org.accord.ui.workshop.WorkshopView.UNDO_ID).queryButton().isDisabled();

        Path big = out.resolve("whole-portfolio.csv");
        try (var writer = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            writer.write("Name,Group,Description\n");
            for (int i = 0; Files.size(big) <= ActivityCsvImport.MAX_FILE_BYTES; i++) {
                writer.write("Activity " + i + ",Data," + "A description of the row. ".repeat(20) + "\n");
                if (i % 1000 == 0) {
                    writer.flush();
                }
            }
        }
        files.answer(big);
        robot.clickOn("Matrix").clickOn("Import activities from CSV…");
        OnFxThread.waitUntil(10, () -> notice(robot).contains("at most 10 MB"));
        assertThat(notice(robot)).startsWith("The file whole-portfolio.csv is 10.0 MB").endsWith("Nothing was added.");
        assertThat(robot.lookup("#" + WorkshopView.NOTICE_ID).queryAs(Label.class).getStyleClass()).contains("problem");

        StringBuilder rows = new StringBuilder("Name\n");
        for (int i = 0; i < Workshop.MAX_ACTIVITIES; i++) {
            rows.append("Activity ").append(i).append('\n');
        }
        files.answer(Files.writeString(out.resolve("many.csv"), rows));
        robot.clickOn("Matrix").clickOn("Import activities from CSV…");
        OnFxThread.waitUntil(10, () -> notice(robot).contains("at most 10,000 activities"));
        assertThat(notice(robot)).contains("at most 9,984 more can be added").endsWith("Nothing was added.");

        assertThat(robot.lookup("#" + ImportPreviewDialog.TABLE_ID).tryQuery()).isEmpty();
        assertThat(matrix.getItems()).hasSize(rowsBefore);
        assertThat(robot.lookup("#" + org.accord.ui.workshop.WorkshopView.UNDO_ID).queryButton().isDisabled())
                .isEqualTo(nothingToUndo);
        robot.interact(() -> stage.close());
        window.close();
        window = null;
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            assertThat(store.load(store.list().get(0).id()).activities()).hasSize(16);
        }
    }

    private static boolean namedPipe(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Letters of this kind committed to the window's database, read over a second connection in this JVM. */
    private long lettersSaved(String letter) throws java.sql.SQLException {
        try (java.sql.Connection reader = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + data.toAbsolutePath().resolve("accord"), "sa", "");
             var st = reader.prepareStatement("SELECT COUNT(*) FROM raci_letter WHERE letter = ?")) {
            st.setString(1, letter);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aWorkshopFileIsImportedAsANewWorkshopAndABadOneImportsNothing(FxRobot robot) throws Exception {
        robot.interact(this::openWindow);
        OnFxThread.waitUntil(10, () -> !robot.lookup("#" + StartView.IMPORT_ID).queryButton().isDisabled());
        Path bad = Files.writeString(out.resolve("bad.accord.json"), "{\"format\": \"accord-workshop\", \"formatVersion\": 1,"
                + " \"workshop\": {\"title\": \"Bad\", \"roles\": [{\"name\": \"A\", \"label\": \"A\", \"side\": \"NOPE\"}]}}");
        files.answer(bad);
        robot.clickOn("#" + StartView.IMPORT_ID);
        Label error = robot.lookup("#" + StartView.ERROR_ID).queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        assertThat(error.getText()).contains("workshop.roles[0].side").contains("Nothing was imported");

        Path good = out.resolve("good.accord.json");
        try (var stream = Files.newOutputStream(good)) {
            WorkshopFile.write(GeneratedWorkshop.of(20, 5), stream);
        }
        files.answer(good);
        robot.clickOn("#" + StartView.IMPORT_ID);
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + MatrixTable.ID).tryQuery().isPresent());
        assertThat(stage.getTitle()).isEqualTo("Generated 20×5 — Accord");
        robot.interact(() -> stage.close());
        window.close();
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            assertThat(store.list()).hasSize(1);
            assertThat(store.load(store.list().get(0).id()).activities()).hasSize(20);
        }
    }
}
