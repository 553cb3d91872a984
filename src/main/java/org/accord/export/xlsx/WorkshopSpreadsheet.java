package org.accord.export.xlsx;

import static org.accord.export.xlsx.SpreadsheetMark.FIRST_ROLE_COLUMN;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Finding;
import org.accord.domain.MatrixChecks;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Workshop;
import org.accord.export.HandoutColours;
import org.accord.export.csv.AgreementsCsv;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workshop as an {@code .xlsx} workbook for the teams who live in spreadsheets: the matrix laid out like the PDF
 * (groups as headings, a letter's colour from {@link HandoutColours} with the letter itself always written, frozen
 * header row and activity column, a drop-down that accepts only R, A, C, I or nothing in each cell, then rationale
 * and status), the findings, the agreements (the agreements CSV's table) and the hidden {@link SpreadsheetMark} that
 * lets {@link SpreadsheetChanges} take the file back. Written with Apache POI (docs/decisions/0014).
 *
 * <p>Every text is written as a text cell, never a formula, so a name starting with {@code =} stays a name: the CSV's
 * apostrophe guard is not needed here and would show.
 */
public final class WorkshopSpreadsheet {
    /** Widths in characters. */
    private static final int ACTIVITY_WIDTH = 48;
    private static final int STATUS_WIDTH = 11;
    private static final int ROLE_WIDTH = 5;
    private static final int RATIONALE_WIDTH = 70;
    /** Points per line of 10-point text. */
    private static final float LINE_HEIGHT = 13;

    private final Workshop workshop;
    private final Instant madeAt;
    private final ZoneId zone;
    /**
     * Streamed: rows go out as text, not through POI's XML object model, which took most of a 300-row export's time
     * (xmlbeans); styles, conditional formatting and validation still go through it. Texts go to the shared strings
     * table, as Excel writes them: POI's own editing of an inline text cell loses the new value, and tools built on
     * POI are how some teams change a spreadsheet.
     */
    private final SXSSFWorkbook book = new SXSSFWorkbook(new XSSFWorkbook(), -1, false, true);
    private final XSSFCellStyle header;
    private final XSSFCellStyle roleHeader;
    private final XSSFCellStyle group;
    private final XSSFCellStyle text;
    private final XSSFCellStyle letter;
    private final XSSFCellStyle agreed;
    private final XSSFCellStyle disputed;

    private WorkshopSpreadsheet(Workshop workshop, Instant madeAt, ZoneId zone) {
        this.workshop = workshop;
        this.madeAt = madeAt;
        this.zone = zone;
        XSSFFont bold = font(true, HandoutColours.TEXT);
        header = style(bold, HandoutColours.HEADER_FILL);
        header.setVerticalAlignment(VerticalAlignment.BOTTOM);
        roleHeader = style(bold, HandoutColours.HEADER_FILL);
        roleHeader.setRotation((short) 90); // turned upright, as in the PDF: narrow columns, labels of any length
        roleHeader.setAlignment(HorizontalAlignment.CENTER);
        group = style(bold, HandoutColours.GROUP_FILL);
        text = style(font(false, HandoutColours.TEXT), null);
        text.setWrapText(true);
        letter = style(bold, null);
        letter.setAlignment(HorizontalAlignment.CENTER);
        agreed = style(font(true, HandoutColours.AGREED), null);
        disputed = style(font(true, HandoutColours.DISPUTED), null);
    }

    public static void write(Workshop workshop, Instant madeAt, ZoneId zone, OutputStream out) throws IOException {
        new WorkshopSpreadsheet(workshop, madeAt, zone).render(out);
    }

    private void render(OutputStream out) throws IOException {
        try (book) {
            matrixSheet();
            findingsSheet();
            table(book.createSheet(SpreadsheetMark.AGREEMENTS_SHEET), AgreementsCsv.HEADER,
                    AgreementsCsv.rows(workshop, madeAt, zone), new int[] {24, 48, 22, 18, 16, 60});
            markSheet();
            properties();
            book.setActiveSheet(0);
            book.write(out);
        } finally {
            book.dispose(); // the streamed rows' temporary files (readable by the user alone) go at once
        }
    }

    // ---- the matrix ----

    private void matrixSheet() {
        SXSSFSheet sheet = book.createSheet(SpreadsheetMark.MATRIX_SHEET);
        List<Role> roles = workshop.roles();
        int rationaleColumn = FIRST_ROLE_COLUMN + roles.size();
        SXSSFRow head = sheet.createRow(0);
        cell(head, 0, SpreadsheetMark.ACTIVITY_HEADER, header);
        cell(head, 1, SpreadsheetMark.STATUS_HEADER, header);
        int longestLabel = 0;
        for (int r = 0; r < roles.size(); r++) {
            cell(head, FIRST_ROLE_COLUMN + r, roles.get(r).shortLabel(), roleHeader);
            longestLabel = Math.max(longestLabel, roles.get(r).shortLabel().length());
        }
        cell(head, rationaleColumn, SpreadsheetMark.RATIONALE_HEADER, header);
        head.setHeightInPoints(Math.max(24, longestLabel * 7 + 8));

        int row = 1;
        List<CellRangeAddress> letterRows = new ArrayList<>();
        for (String groupName : workshop.groups()) {
            SXSSFRow heading = sheet.createRow(row++);
            for (int c = 0; c <= rationaleColumn; c++) {
                cell(heading, c, c == 0 ? groupName : "", group);
            }
            int first = row;
            for (Activity activity : workshop.activitiesIn(groupName)) {
                activityRow(sheet.createRow(row++), activity, roles, rationaleColumn);
            }
            if (row > first && !roles.isEmpty()) {
                letterRows.add(new CellRangeAddress(first, row - 1, FIRST_ROLE_COLUMN, rationaleColumn - 1));
            }
        }
        legend(sheet, row + 1);

        if (!letterRows.isEmpty()) {
            CellRangeAddress[] ranges = letterRows.toArray(CellRangeAddress[]::new);
            letterColours(sheet, ranges);
            onlyRaciLetters(sheet, ranges);
        }
        sheet.createFreezePane(1, 1); // the header row and the activity column stay in view
        sheet.setColumnWidth(0, ACTIVITY_WIDTH * 256);
        sheet.setColumnWidth(1, STATUS_WIDTH * 256);
        for (int r = 0; r < roles.size(); r++) {
            sheet.setColumnWidth(FIRST_ROLE_COLUMN + r, ROLE_WIDTH * 256);
        }
        sheet.setColumnWidth(rationaleColumn, RATIONALE_WIDTH * 256);
        // Printed from the spreadsheet: across, one page wide, header row and activity names on every page.
        printAcross(sheet);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
    }

    private void activityRow(SXSSFRow row, Activity activity, List<Role> roles, int rationaleColumn) {
        cell(row, 0, activity.name(), text);
        // As the PDF says it: a row agreed while its letters still break a rule is never a plain "Agreed".
        boolean withFindings = activity.status() == ActivityStatus.AGREED
                && !MatrixChecks.rowProblems(workshop, activity.id()).isEmpty();
        XSSFCellStyle statusStyle = activity.status() == ActivityStatus.DISPUTED || withFindings ? disputed
                : activity.status() == ActivityStatus.AGREED ? agreed : text;
        cell(row, 1, activity.status().label() + (withFindings ? "*" : ""), statusStyle);
        for (int r = 0; r < roles.size(); r++) {
            Optional<Raci> held = workshop.letter(activity.id(), roles.get(r).id());
            cell(row, FIRST_ROLE_COLUMN + r, held.map(Raci::letter).orElse(""), letter);
        }
        cell(row, rationaleColumn, activity.rationale(), text);
        row.setHeightInPoints(LINE_HEIGHT * Math.max(lines(activity.name(), ACTIVITY_WIDTH),
                lines(activity.rationale(), RATIONALE_WIDTH)));
    }

    /**
     * The lines a wrapped text takes in a column, roughly: a spreadsheet sizes a row to its wrapped text only when
     * it edits it (LibreOffice and Excel both open a file with the heights it gives), so a long name would otherwise
     * be cut to its first line.
     */
    private static int lines(String text, int columnWidth) {
        int perLine = columnWidth;
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.codePointCount(0, paragraph.length()) + perLine - 1) / perLine);
        }
        return Math.max(1, lines);
    }

    /**
     * A letter's colour follows the letter: conditional formatting, not a fixed fill, so a cell the team changes
     * offline is painted as its new letter (a fixed fill would keep the old letter's colour).
     */
    private void letterColours(SXSSFSheet sheet, CellRangeAddress[] ranges) {
        var formatting = sheet.getSheetConditionalFormatting();
        for (Raci raci : Raci.values()) {
            var rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                    "\"" + raci.letter() + "\"");
            var fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(colour(HandoutColours.fillOf(raci)));
            fill.setFillPattern(org.apache.poi.ss.usermodel.PatternFormatting.SOLID_FOREGROUND);
            formatting.addConditionalFormatting(ranges, rule);
        }
    }

    /** The drop-down: R, A, C, I or nothing; anything else typed is refused with a message saying what a cell holds. */
    private static void onlyRaciLetters(SXSSFSheet sheet, CellRangeAddress[] ranges) {
        var helper = sheet.getDataValidationHelper();
        CellRangeAddressList cells = new CellRangeAddressList();
        for (CellRangeAddress range : ranges) {
            cells.addCellRangeAddress(range);
        }
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(new String[] {"R", "A", "C", "I"}), cells);
        validation.setEmptyCellAllowed(true);
        validation.setSuppressDropDownArrow(true); // POI's name for "show the arrow" in .xlsx
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("Not a RACI letter",
                "A cell holds one letter: R (Responsible), A (Accountable), C (Consulted), I (Informed), or nothing.");
        validation.setShowPromptBox(false);
        sheet.addValidationData(validation);
    }

    /** Under the matrix, as in the PDF: what each letter means, in its colour. */
    private void legend(SXSSFSheet sheet, int firstRow) {
        int row = firstRow;
        for (Raci raci : Raci.values()) {
            XSSFCellStyle style = style(font(false, HandoutColours.TEXT), HandoutColours.fillOf(raci));
            cell(sheet.createRow(row++), 0, raci.letter() + " = " + raci.meaning() + ": " + raci.rule(), style);
        }
    }

    // ---- findings, agreements ----

    private void findingsSheet() {
        List<List<String>> rows = new ArrayList<>();
        for (Finding finding : MatrixChecks.run(workshop)) {
            rows.add(List.of(finding.activity().flatMap(workshop::activity).map(Activity::name).orElse(""),
                    finding.role().flatMap(workshop::role).map(Role::shortLabel).orElse(""),
                    finding.problem(), finding.fix()));
        }
        table(book.createSheet(SpreadsheetMark.FINDINGS_SHEET), List.of("Activity", "Role", "Finding", "How to fix"),
                rows, new int[] {48, 10, 60, 60});
    }

    /** A plain table: a frozen header row, filterable, text cells that wrap. */
    private void table(SXSSFSheet sheet, List<String> headings, List<List<String>> rows, int[] widths) {
        SXSSFRow head = sheet.createRow(0);
        for (int c = 0; c < headings.size(); c++) {
            cell(head, c, headings.get(c), header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            SXSSFRow row = sheet.createRow(r + 1);
            List<String> values = rows.get(r);
            int lines = 1;
            for (int c = 0; c < values.size(); c++) {
                cell(row, c, values.get(c), text);
                lines = Math.max(lines, lines(values.get(c), widths[c]));
            }
            row.setHeightInPoints(LINE_HEIGHT * lines);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size()), 0, headings.size() - 1));
        printAcross(sheet);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    }

    /** Printed from the spreadsheet: landscape, every column on one page's width (not one column per page). */
    private static void printAcross(SXSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    // ---- the mark ----

    private void markSheet() {
        SXSSFSheet sheet = book.createSheet(SpreadsheetMark.SHEET);
        cell(sheet.createRow(0), 0, SpreadsheetMark.SIGNATURE, null);
        sheet.getRow(0).createCell(1).setCellValue(SpreadsheetMark.VERSION);
        keyValue(sheet, SpreadsheetMark.WORKSHOP_ID_ROW, "Workshop id", Long.toString(workshop.id()));
        // To the second: the store keeps fewer digits than a new workshop's clock has.
        keyValue(sheet, SpreadsheetMark.CREATED_ROW, "Workshop created",
                Long.toString(workshop.createdAt().getEpochSecond()));
        keyValue(sheet, SpreadsheetMark.TITLE_ROW, "Workshop title", workshop.title());
        keyValue(sheet, SpreadsheetMark.EXPORTED_ROW, "Exported", madeAt.toString());
        List<Role> roles = workshop.roles();
        SXSSFRow ids = sheet.createRow(SpreadsheetMark.ROLE_IDS_ROW);
        SXSSFRow labels = sheet.createRow(SpreadsheetMark.ROLE_LABELS_ROW);
        cell(ids, 0, "Role ids", null);
        cell(labels, 0, "Role labels", null);
        for (int r = 0; r < roles.size(); r++) {
            cell(ids, 1 + r, roles.get(r).id().toString(), null);
            cell(labels, 1 + r, roles.get(r).shortLabel(), null);
        }
        int row = SpreadsheetMark.ACTIVITY_ROWS_FROM;
        for (Activity activity : workshop.activities()) {
            SXSSFRow line = sheet.createRow(row++);
            cell(line, 0, activity.id().toString(), null);
            cell(line, 1, activity.name(), null);
            for (int r = 0; r < roles.size(); r++) {
                cell(line, 2 + r, workshop.letter(activity.id(), roles.get(r).id()).map(Raci::letter).orElse(""), null);
            }
        }
        book.setSheetVisibility(book.getSheetIndex(sheet), SheetVisibility.HIDDEN);
    }

    private static void keyValue(SXSSFSheet sheet, int row, String key, String value) {
        SXSSFRow line = sheet.createRow(row);
        cell(line, 0, key, null);
        cell(line, 1, value, null);
    }

    private void properties() {
        POIXMLProperties properties = book.getXSSFWorkbook().getProperties();
        var core = properties.getCoreProperties();
        core.setTitle(workshop.title() + " — RACI matrix");
        core.setCreator(workshop.details().facilitator().isEmpty() ? "Accord" : workshop.details().facilitator());
        core.setSubjectProperty("Who owns what where IT and marketing overlap: RACI matrix, findings, agreements");
        core.setCreated(Optional.of(java.util.Date.from(madeAt)));
        properties.getExtendedProperties().getUnderlyingProperties().setApplication("Accord");
        properties.getCustomProperties().addProperty(SpreadsheetMark.WORKSHOP_PROPERTY,
                workshop.id() + " · " + workshop.title());
    }

    // ---- cells and styles ----

    private static void cell(SXSSFRow row, int column, String value, XSSFCellStyle style) {
        SXSSFCell cell = row.createCell(column);
        if (!value.isEmpty()) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private XSSFFont font(boolean bold, HandoutColours colour) {
        XSSFFont font = (XSSFFont) book.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints((short) 10);
        font.setColor(colour(colour));
        return font;
    }

    private XSSFCellStyle style(XSSFFont font, HandoutColours fill) {
        XSSFCellStyle style = (XSSFCellStyle) book.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (fill != null) {
            style.setFillForegroundColor(colour(fill));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        XSSFColor rule = colour(HandoutColours.RULE);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBottomBorderColor(rule);
        style.setBorderRight(BorderStyle.THIN);
        style.setRightBorderColor(rule);
        return style;
    }

    private static XSSFColor colour(HandoutColours colour) {
        return new XSSFColor(colour.rgbBytes());
    }
}
