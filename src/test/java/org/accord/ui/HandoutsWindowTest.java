package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.accord.export.json.WorkshopFile;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.testing.GeneratedWorkshop;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Exports and imports from the window: the file dialogs answer from the test, the rest is real. */
class HandoutsWindowTest extends WindowTest {
    /** Where the file dialogs put the hand-outs; JUnit deletes it after each test. */
    @TempDir
    Path out;

    private static String notice(FxRobot robot) {
        return robot.lookup("#notice").queryAs(Label.class).getText();
    }

    @Test
    void thePdfAndTheCsvAreExportedFromTheMenu(FxRobot robot) throws Exception {
        createWorkshop(robot, "Hand-outs Łukasz");
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT).type(KeyCode.A);
        Path pdf = out.resolve("handout.pdf");
        files.answer(pdf);
        robot.clickOn("Export").clickOn("PDF report…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> notice(robot).startsWith("Saved the PDF report"));
        assertThat(files.lastSuggestedName).isEqualTo("Hand-outs Łukasz.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Hand-outs Łukasz").contains("Martech roadmap");
        }

        Path csv = out.resolve("handout.csv");
        files.answer(csv);
        robot.clickOn("Export").clickOn("CSV table…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> notice(robot).startsWith("Saved the matrix as CSV"));
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("\"Strategy\",\"Martech roadmap\",\"A\"");
    }

    @Test
    void exportingToAFolderThatIsGoneSaysSoAndKeepsWorking(FxRobot robot) throws Exception {
        createWorkshop(robot, "Nowhere");
        files.answer(out.resolve("gone/handout.csv"));
        robot.clickOn("Export").clickOn("CSV table…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> notice(robot).contains("does not exist"));
        assertThat(robot.lookup("#notice").queryAs(Label.class).getStyleClass()).contains("problem");
    }

    @Test
    void activitiesFromACsvArePreviewedThenAddedAsOneUndoableEdit(FxRobot robot) throws Exception {
        createWorkshop(robot, "Import");
        Path csv = Files.writeString(out.resolve("activities.csv"),
                "Name,Group,Description\nSocial listening,Data,x\n,Data,no name\nPartner portal,Delivery,y\n");
        files.answer(csv);
        robot.clickOn("Matrix").clickOn("Import activities from CSV…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importPreview").tryQuery().isPresent());
        TableView<?> preview = robot.lookup("#importPreview").queryTableView();
        assertThat(preview.getItems()).hasSize(3);
        assertThat(robot.lookup("Left out: The activity name cannot be empty.").tryQuery()).isPresent();
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match(n -> "Add 2 activities".equals(((Button) n).getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> matrix = robot.lookup("#matrix").queryTableView();
        assertThat(matrix.getItems()).hasSize(5 + 16 + 2);
        assertThat(robot.lookup("Social listening").tryQuery()).isPresent();
        robot.clickOn("#undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(matrix.getItems()).hasSize(5 + 16);
    }

    @Test
    void aWorkshopFileIsImportedAsANewWorkshopAndABadOneImportsNothing(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#importWorkshop").queryButton().isDisabled());
        Path bad = Files.writeString(out.resolve("bad.accord.json"), "{\"format\": \"accord-workshop\", \"formatVersion\": 1,"
                + " \"workshop\": {\"title\": \"Bad\", \"roles\": [{\"name\": \"A\", \"label\": \"A\", \"side\": \"NOPE\"}]}}");
        files.answer(bad);
        robot.clickOn("#importWorkshop");
        Label error = robot.lookup("#startError").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        assertThat(error.getText()).contains("workshop.roles[0].side").contains("Nothing was imported");

        Path good = out.resolve("good.accord.json");
        try (var stream = Files.newOutputStream(good)) {
            WorkshopFile.write(GeneratedWorkshop.of(20, 5), stream);
        }
        files.answer(good);
        robot.clickOn("#importWorkshop");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#matrix").tryQuery().isPresent());
        assertThat(stage.getTitle()).isEqualTo("Generated 20×5 — Accord");
        robot.interact(() -> stage.close());
        window.close();
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            assertThat(store.list()).hasSize(1);
            assertThat(store.load(store.list().get(0).id()).activities()).hasSize(20);
        }
    }
}
