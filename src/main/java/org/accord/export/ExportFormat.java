package org.accord.export;

import java.util.Locale;

/** What a workshop can be exported as. */
public enum ExportFormat {
    PDF("PDF report", ".pdf"),
    CSV("CSV table", ".csv"),
    JSON("Accord workshop file", ".accord.json");

    private final String label;
    private final String extension;

    ExportFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
