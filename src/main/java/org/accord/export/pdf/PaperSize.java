package org.accord.export.pdf;

import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper the report is laid out on. */
public enum PaperSize {
    A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

    /** Countries that print on US Letter; the rest of the world uses A4. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR");

    private final PDRectangle portrait;

    PaperSize(PDRectangle portrait) {
        this.portrait = portrait;
    }

    PDRectangle portrait() {
        return portrait;
    }

    PDRectangle landscape() {
        return new PDRectangle(portrait.getHeight(), portrait.getWidth());
    }

    public static PaperSize forLocale(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }
}
