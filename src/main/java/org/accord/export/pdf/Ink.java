package org.accord.export.pdf;

import java.io.IOException;
import org.accord.domain.Raci;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The report's colours. Letter fills are light and of clearly different lightness (R lightest blue … A darkest),
 * with dark letters on top, so the matrix reads in colour, in greyscale print and for colour-blind readers.
 */
enum Ink {
    TEXT(0.10f, 0.12f, 0.15f),
    MUTED(0.38f, 0.42f, 0.47f),
    RULE(0.75f, 0.78f, 0.81f),
    HEADER_FILL(0.92f, 0.93f, 0.95f),
    GROUP_FILL(0.85f, 0.89f, 0.95f),
    R_FILL(0.83f, 0.90f, 1.00f),
    A_FILL(0.98f, 0.72f, 0.64f),
    C_FILL(1.00f, 0.93f, 0.66f),
    I_FILL(0.93f, 0.94f, 0.95f),
    DISPUTED(0.70f, 0.10f, 0.05f),
    AGREED(0.05f, 0.45f, 0.20f);

    private final float r;
    private final float g;
    private final float b;

    Ink(float r, float g, float b) {
        this.r = r;
        this.g = g;
        this.b = b;
    }

    void fill(PDPageContentStream content) throws IOException {
        content.setNonStrokingColor(r, g, b);
    }

    void stroke(PDPageContentStream content) throws IOException {
        content.setStrokingColor(r, g, b);
    }

    static Ink fillOf(Raci letter) {
        return switch (letter) {
            case R -> R_FILL;
            case A -> A_FILL;
            case C -> C_FILL;
            case I -> I_FILL;
        };
    }
}
