package org.accord.export.xlsx;

/**
 * How a spreadsheet Accord exported says so, and from which workshop: a hidden sheet, {@value #SHEET}, that Excel
 * and LibreOffice Calc keep when the file is edited and saved again (a document property is written too, for people,
 * but some programs drop custom properties on saving). The hidden sheet also holds each exported row's and column's
 * id and the letters as exported, so an import proposes only the cells the team changed, even when the workshop was
 * changed in Accord meanwhile or a row or role was renamed since.
 *
 * <p>Layout: column A holds a key, B onwards its values. Rows {@value #ACTIVITY_ROWS_FROM} on hold one exported
 * activity each: its id, its name, then its letters in the order of the roles row.
 */
final class SpreadsheetMark {
    static final String SHEET = "Accord";
    /** A1's text: what makes the file Accord's. */
    static final String SIGNATURE = "Accord workshop spreadsheet";
    /** B1: the layout's version; a later Accord that changes the layout says so here. */
    static final int VERSION = 1;

    static final int WORKSHOP_ID_ROW = 1;
    static final int CREATED_ROW = 2;
    static final int TITLE_ROW = 3;
    static final int EXPORTED_ROW = 4;
    static final int ROLE_IDS_ROW = 5;
    static final int ROLE_LABELS_ROW = 6;
    static final int ACTIVITY_ROWS_FROM = 8;

    /** The document property for people ("File ▸ Properties ▸ Custom"). */
    static final String WORKSHOP_PROPERTY = "Accord workshop";

    static final String MATRIX_SHEET = "Matrix";
    static final String FINDINGS_SHEET = "Findings";
    static final String AGREEMENTS_SHEET = "Agreements";

    static final String ACTIVITY_HEADER = "Activity";
    static final String STATUS_HEADER = "Status";
    static final String RATIONALE_HEADER = "Rationale";
    /** The matrix sheet's columns before the roles: activity, status. */
    static final int FIRST_ROLE_COLUMN = 2;

    private SpreadsheetMark() {
    }
}
