package org.accord.export.pdf;

import java.io.IOException;
import org.accord.domain.Raci;
import org.accord.export.HandoutColours;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** The report's colours: the hand-outs' shared {@link HandoutColours}, so the spreadsheet paints a letter alike. */
enum Ink {
    TEXT(HandoutColours.TEXT),
    MUTED(HandoutColours.MUTED),
    RULE(HandoutColours.RULE),
    HEADER_FILL(HandoutColours.HEADER_FILL),
    GROUP_FILL(HandoutColours.GROUP_FILL),
    R_FILL(HandoutColours.R_FILL),
    A_FILL(HandoutColours.A_FILL),
    C_FILL(HandoutColours.C_FILL),
    I_FILL(HandoutColours.I_FILL),
    DISPUTED(HandoutColours.DISPUTED),
    AGREED(HandoutColours.AGREED);

    private final HandoutColours colour;

    Ink(HandoutColours colour) {
        this.colour = colour;
    }

    void fill(PDPageContentStream content) throws IOException {
        content.setNonStrokingColor(colour.red(), colour.green(), colour.blue());
    }

    void stroke(PDPageContentStream content) throws IOException {
        content.setStrokingColor(colour.red(), colour.green(), colour.blue());
    }

    static Ink fillOf(Raci letter) {
        return valueOf(HandoutColours.fillOf(letter).name());
    }
}
