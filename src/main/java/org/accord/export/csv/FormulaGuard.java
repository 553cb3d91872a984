package org.accord.export.csv;

/**
 * Spreadsheet formula injection, neutralised as OWASP recommends: a field that starts with {@code = + - @}, tab,
 * carriage return or line feed gets a leading apostrophe, so a spreadsheet shows it as text and never runs it.
 */
public final class FormulaGuard {
    private static final String TRIGGERS = "=+-@\t\r\n";

    private FormulaGuard() {
    }

    public static String neutralise(String field) {
        if (field == null || field.isEmpty()) {
            return field;
        }
        return TRIGGERS.indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
    }

    /** The original text of a field written by {@link #neutralise}, for reading our own files back. */
    public static String restore(String field) {
        if (field != null && field.length() > 1 && field.charAt(0) == '\'' && TRIGGERS.indexOf(field.charAt(1)) >= 0) {
            return field.substring(1);
        }
        return field;
    }
}
