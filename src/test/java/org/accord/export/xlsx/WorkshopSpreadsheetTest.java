package org.accord.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.MatrixChecks;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Workshop;
import org.accord.export.ExportFormat;
import org.accord.export.Exporter;
import org.accord.export.HandoutColours;
import org.accord.export.csv.AgreementsCsv;
import org.accord.export.pdf.PaperSize;
import org.accord.testing.GeneratedWorkshop;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .xlsx hand-out, read back with POI: one export shared by the class (POI is slow to load). */
class WorkshopSpreadsheetTest {
    private static final Instant MADE = Instant.parse("2026-12-02T10:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static Workshop workshop;
    private static XSSFWorkbook book;
    private static XSSFSheet matrix;

    @TempDir
    Path folder;

    @BeforeAll
    static void export() throws IOException {
        Workshop generated = GeneratedWorkshop.of(30, 6).withId(41);
        Activity first = generated.activities().get(1);
        // A name a spreadsheet would take for a formula if it were written as one.
        workshop = generated.withActivity(first.withName("=HYPERLINK(\"http://x\")").withStatus(ActivityStatus.AGREED));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkshopSpreadsheet.write(workshop, MADE, ZONE, out);
        book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        matrix = book.getSheet("Matrix");
    }

    @AfterAll
    static void close() throws IOException {
        book.close();
    }

    private static String text(XSSFRow row, int column) {
        return SpreadsheetReader.text(row.getCell(column));
    }

    @Test
    void theMatrixReadsBackAsTheWorkshopsGroupsActivitiesRolesAndLetters() {
        assertThat(book.getNumberOfSheets()).isEqualTo(4);
        assertThat(book.getSheetName(0)).isEqualTo("Matrix");
        assertThat(book.getSheetName(1)).isEqualTo("Findings");
        assertThat(book.getSheetName(2)).isEqualTo("Agreements");
        List<Role> roles = workshop.roles();
        XSSFRow head = matrix.getRow(0);
        List<String> header = new ArrayList<>();
        head.forEach(c -> header.add(SpreadsheetReader.text((XSSFCell) c)));
        List<String> expected = new ArrayList<>(List.of("Activity", "Status"));
        roles.forEach(r -> expected.add(r.shortLabel()));
        expected.add("Rationale");
        assertThat(header).isEqualTo(expected);

        int row = 1;
        for (String group : workshop.groups()) {
            XSSFRow heading = matrix.getRow(row++);
            assertThat(text(heading, 0)).isEqualTo(group);
            assertThat(IntStream.range(1, expected.size()).mapToObj(c -> text(heading, c))).allMatch(String::isEmpty);
            for (Activity activity : workshop.activitiesIn(group)) {
                XSSFRow line = matrix.getRow(row++);
                assertThat(text(line, 0)).isEqualTo(activity.name());
                boolean withFindings = activity.status() == ActivityStatus.AGREED
                        && !MatrixChecks.rowProblems(workshop, activity.id()).isEmpty();
                assertThat(text(line, 1)).isEqualTo(activity.status().label() + (withFindings ? "*" : ""));
                for (int r = 0; r < roles.size(); r++) {
                    assertThat(text(line, 2 + r)).as(activity.name() + " × " + roles.get(r).shortLabel())
                            .isEqualTo(workshop.letter(activity.id(), roles.get(r).id()).map(Raci::letter).orElse(""));
                }
                assertThat(text(line, 2 + roles.size())).isEqualTo(activity.rationale());
            }
        }
        assertThat(row).isEqualTo(1 + workshop.groups().size() + workshop.activities().size());
    }

    @Test
    void aNameThatLooksLikeAFormulaIsWrittenAsText() {
        XSSFCell cell = matrix.getRow(3).getCell(0); // the group heading, then the first row, then the second
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
    }

    @Test
    void theHeaderRowAndTheActivityColumnAreFrozen() {
        PaneInformation pane = matrix.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 1);
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
    }

    @Test
    void everyLetterCellOffersOnlyRAcIOrNothing() {
        List<XSSFDataValidation> validations = matrix.getDataValidations();
        assertThat(validations).hasSize(1);
        DataValidation validation = validations.get(0);
        assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.LIST);
        assertThat(validation.getValidationConstraint().getExplicitListValues()).containsExactly("R", "A", "C", "I");
        assertThat(validation.getEmptyCellAllowed()).isTrue();
        assertThat(validation.getShowErrorBox()).isTrue();
        assertThat(validation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
        CellRangeAddress[] ranges = validation.getRegions().getCellRangeAddresses();
        int roles = workshop.roles().size();
        for (int row = 1; row <= workshop.groups().size() + workshop.activities().size(); row++) {
            boolean heading = workshop.groups().contains(text(matrix.getRow(row), 0));
            for (int column = 0; column < roles + 3; column++) {
                int r = row;
                int c = column;
                boolean covered = Arrays.stream(ranges).anyMatch(range -> range.isInRange(r, c));
                assertThat(covered).as("row %d column %d", row, column)
                        .isEqualTo(!heading && column >= 2 && column < 2 + roles);
            }
        }
    }

    @Test
    void eachLetterIsPaintedInThePdfsColourForIt() {
        var formatting = matrix.getSheetConditionalFormatting();
        assertThat(formatting.getNumConditionalFormattings()).isEqualTo(Raci.values().length);
        for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
            XSSFConditionalFormatting format = formatting.getConditionalFormattingAt(i);
            XSSFConditionalFormattingRule rule = format.getRule(0);
            assertThat(rule.getConditionType()).isEqualTo(ConditionType.CELL_VALUE_IS);
            assertThat(rule.getComparisonOperation()).isEqualTo(ComparisonOperator.EQUAL);
            Raci letter = Raci.valueOf(rule.getFormula1().replace("\"", ""));
            XSSFColor fill = (XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor();
            assertThat(fill.getRGB()).isEqualTo(HandoutColours.fillOf(letter).rgbBytes());
            // The same cells as the drop-down: every letter cell, whatever letter the team types there later.
            assertThat(Arrays.stream(format.getFormattingRanges()).map(CellRangeAddress::formatAsString))
                    .containsExactlyElementsOf(Arrays.stream(matrix.getDataValidations().get(0).getRegions()
                            .getCellRangeAddresses()).map(CellRangeAddress::formatAsString).toList());
        }
        // The legend under the matrix: each letter's meaning on its colour.
        int legend = workshop.groups().size() + workshop.activities().size() + 2;
        for (Raci letter : Raci.values()) {
            XSSFCell cell = matrix.getRow(legend + letter.ordinal()).getCell(0);
            assertThat(cell.getStringCellValue()).startsWith(letter.letter() + " = " + letter.meaning());
            assertThat(cell.getCellStyle().getFillForegroundColorColor().getRGB())
                    .isEqualTo(HandoutColours.fillOf(letter).rgbBytes());
        }
    }

    @Test
    void theFindingsAndTheAgreementsHaveSheetsOfTheirOwn() {
        XSSFSheet findings = book.getSheet("Findings");
        var expected = MatrixChecks.run(workshop);
        assertThat(expected).isNotEmpty();
        assertThat(findings.getLastRowNum()).isEqualTo(expected.size());
        assertThat(text(findings.getRow(0), 2)).isEqualTo("Finding");
        for (int i = 0; i < expected.size(); i++) {
            assertThat(text(findings.getRow(i + 1), 2)).isEqualTo(expected.get(i).problem());
            assertThat(text(findings.getRow(i + 1), 3)).isEqualTo(expected.get(i).fix());
        }

        XSSFSheet agreements = book.getSheet("Agreements");
        List<List<String>> csvRows = AgreementsCsv.rows(workshop, MADE, ZONE);
        assertThat(agreements.getLastRowNum()).isEqualTo(csvRows.size());
        assertThat(IntStream.range(0, AgreementsCsv.HEADER.size()).mapToObj(c -> text(agreements.getRow(0), c)))
                .containsExactlyElementsOf(AgreementsCsv.HEADER);
        for (int i = 0; i < csvRows.size(); i++) {
            XSSFRow row = agreements.getRow(i + 1);
            assertThat(IntStream.range(0, csvRows.get(i).size()).mapToObj(c -> text(row, c)).toList())
                    .isEqualTo(csvRows.get(i).stream().map(String::strip).toList());
        }
        assertThat(agreements.getPaneInformation().isFreezePane()).isTrue();
    }

    @Test
    void theWorkbookSaysItIsAccordsAndFromWhichWorkshop() {
        XSSFSheet mark = book.getSheet("Accord");
        assertThat(book.getSheetVisibility(book.getSheetIndex(mark))).isEqualTo(SheetVisibility.HIDDEN);
        assertThat(SpreadsheetReader.text(mark.getRow(0).getCell(0))).isEqualTo("Accord workshop spreadsheet");
        assertThat(SpreadsheetReader.text(mark.getRow(SpreadsheetMark.WORKSHOP_ID_ROW).getCell(1))).isEqualTo("41");
        assertThat(book.getProperties().getCustomProperties().getProperty("Accord workshop").getLpwstr())
                .isEqualTo("41 · " + workshop.title());
        assertThat(book.getProperties().getCoreProperties().getTitle()).isEqualTo(workshop.title() + " — RACI matrix");
        assertThat(book.getActiveSheetIndex()).isZero();
    }

    @Test
    void theExporterWritesItAsTheWindowAndTheCommandLineAsk() throws IOException {
        Path file = folder.resolve("Spring.xlsx");
        var outcome = new Exporter(Clock.fixed(MADE, ZONE)).export(workshop, ExportFormat.XLSX, file, false, PaperSize.A4);
        assertThat(outcome.summary()).isEqualTo("Saved the spreadsheet: " + file.toAbsolutePath());
        assertThat(ExportFormat.parse("xlsx")).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.XLSX.fileName("Spring")).isEqualTo("Spring.xlsx");
        try (XSSFWorkbook written = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(SpreadsheetReader.text(written.getSheet("Matrix").getRow(2).getCell(0)))
                    .isEqualTo(workshop.activities().get(0).name());
        }
    }
}
