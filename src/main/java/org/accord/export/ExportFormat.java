package org.accord.export;

import java.util.Locale;

/** What a workshop can be exported as. */
public enum ExportFormat {
    PDF("PDF report", "", ".pdf"),
    CSV("CSV table", "", ".csv"),
    AGREEMENTS_CSV("Agreements CSV", " agreements", ".csv"),
    XLSX("Spreadsheet (.xlsx)", "", ".xlsx"),
    JSON("Accord workshop file", "", ".accord.json");

    private final String label;
    private final String nameSuffix;
    private final String extension;

    ExportFormat(String label, String nameSuffix, String extension) {
        this.label = label;
        this.nameSuffix = nameSuffix;
        this.extension = extension;
    }

    /** The file name offered for a workshop: "Spring alignment agreements.csv" beside "Spring alignment.csv". */
    public String fileName(String base) {
        return base + nameSuffix + extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    /** From the command line's spelling: "pdf", "csv", "agreements-csv", "xlsx", "json". */
    public static ExportFormat parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
