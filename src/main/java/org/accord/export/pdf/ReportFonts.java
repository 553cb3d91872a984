package org.accord.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts one report embeds, as subsets: DejaVu Sans (Latin, Greek, Cyrillic) and, only when the text needs it,
 * Droid Sans Fallback (CJK). Text is split into runs, each in the first font that has its characters; a character no
 * bundled font has prints as a visible placeholder and is counted, so the export can say so and never fails on it.
 */
final class ReportFonts {
    static final String PLACEHOLDER = "\u25A1"; // WHITE SQUARE, in DejaVu Sans
    private static final String FOLDER = "fonts/";

    /** A piece of text that one font draws. */
    record Run(PDFont font, String text) {
    }

    private final PDDocument document;
    private final FontFile regular;
    private final FontFile bold;
    private FontFile cjk; // loaded on first need: it is 4 MB
    private final Map<Integer, Integer> fontOf = new HashMap<>(); // code point -> 0 latin, 1 cjk, -1 none
    private final TreeSet<String> missing = new TreeSet<>();

    private record FontFile(PDType0Font font, CmapLookup cmap) {
        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }
    }

    ReportFonts(PDDocument document) throws IOException {
        this.document = document;
        this.regular = load("DejaVuSans.ttf");
        this.bold = load("DejaVuSans-Bold.ttf");
    }

    private FontFile load(String name) throws IOException {
        try (InputStream in = ReportFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException("The report font " + name + " is missing from this build of Accord");
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            PDType0Font font = PDType0Font.load(document, ttf, true);
            return new FontFile(font, ttf.getUnicodeCmapLookup());
        }
    }

    /** The runs that draw {@code text}, in the regular or bold face. */
    List<Run> runs(String text, boolean isBold) throws IOException {
        FontFile latin = isBold ? bold : regular;
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String piece = new String(Character.toChars(cp));
            PDFont font;
            int which = fontOf.computeIfAbsent(cp, this::whichFont);
            if (which == 0) {
                font = latin.font();
            } else if (which == 1) {
                font = cjkFont().font();
            } else {
                missing.add(piece);
                font = latin.font();
                piece = PLACEHOLDER;
            }
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.append(piece);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    private int whichFont(int codePoint) {
        if (Character.isWhitespace(codePoint) && codePoint != '\u3000') {
            return 0;
        }
        if (regular.has(codePoint) && bold.has(codePoint)) {
            return 0;
        }
        try {
            return cjkFont().has(codePoint) ? 1 : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private FontFile cjkFont() throws IOException {
        if (cjk == null) {
            cjk = load("DroidSansFallbackFull.ttf");
        }
        return cjk;
    }

    float width(String text, boolean isBold, float size) throws IOException {
        float width = 0;
        for (Run run : runs(text, isBold)) {
            width += run.font().getStringWidth(run.text()) / 1000f * size;
        }
        return width;
    }

    /** Characters that no bundled font could print, in order. */
    List<String> missing() {
        return List.copyOf(missing);
    }

}
