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

    /** Which font draws a code point, as cached in {@link #fontOfBmp}: not looked up yet, DejaVu, CJK, none. */
    private static final byte UNKNOWN = 0;
    private static final byte LATIN = 1;
    private static final byte CJK = 2;
    private static final byte NONE = 3;

    private final PDDocument document;
    private final FontFile regular;
    private final FontFile bold;
    private FontFile cjk; // loaded on first need: it is 4 MB
    /*
     * A 300-activity matrix measures and draws some 10,000 strings, in a JVM that has only just started: looking each
     * character's font and width up once, in arrays, instead of through a map and a new String per character, took
     * about a fifth off the matrix pages' time (docs/performance.md). Sums of the same per-glyph widths PDFBox adds
     * up, so the figures are the same (ReportFontsTest).
     */
    private final byte[] fontOfBmp = new byte[Character.MAX_VALUE + 1];
    private final Map<Integer, Byte> fontOfSupplementary = new HashMap<>();
    private final float[] regularWidths = newWidths();
    private final float[] boldWidths = newWidths();
    private final Map<Integer, Float> otherWidths = new HashMap<>(); // CJK and supplementary: rare
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

    private static float[] newWidths() {
        float[] widths = new float[Character.MAX_VALUE + 1];
        java.util.Arrays.fill(widths, Float.NaN);
        return widths;
    }

    private FontFile load(String name) throws IOException {
        try (InputStream in = ReportFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException("The report font " + name + " is missing from this build of Accord");
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            // No glyph substitution (ligatures): widths are measured without it, and a ligature's letters can go
            // missing from the text a reader copies or searches. It also cost the most time of all in drawing text.
            ttf.setEnableGsub(false);
            PDType0Font font = PDType0Font.load(document, ttf, true);
            return new FontFile(font, ttf.getUnicodeCmapLookup());
        }
    }

    /** The runs that draw {@code text}, in the regular or bold face. */
    List<Run> runs(String text, boolean isBold) throws IOException {
        FontFile latin = isBold ? bold : regular;
        if (allLatin(text)) {
            return List.of(new Run(latin.font(), text)); // nearly every string in a report
        }
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String piece = new String(Character.toChars(cp));
            PDFont font;
            byte which = fontOf(cp);
            if (which == LATIN) {
                font = latin.font();
            } else if (which == CJK) {
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

    private boolean allLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || fontOf(c) != LATIN) {
                return false;
            }
        }
        return true;
    }

    private byte fontOf(int codePoint) {
        if (codePoint <= Character.MAX_VALUE) {
            byte which = fontOfBmp[codePoint];
            if (which == UNKNOWN) {
                which = whichFont(codePoint);
                fontOfBmp[codePoint] = which;
            }
            return which;
        }
        return fontOfSupplementary.computeIfAbsent(codePoint, this::whichFont);
    }

    private byte whichFont(int codePoint) {
        if (Character.isWhitespace(codePoint) && codePoint != '\u3000') {
            return LATIN;
        }
        if (regular.has(codePoint) && bold.has(codePoint)) {
            return LATIN;
        }
        try {
            return cjkFont().has(codePoint) ? CJK : NONE;
        } catch (IOException e) {
            return NONE;
        }
    }

    private FontFile cjkFont() throws IOException {
        if (cjk == null) {
            cjk = load("DroidSansFallbackFull.ttf");
        }
        return cjk;
    }

    /** The width of {@code text} at {@code size} points, as drawn by {@link #runs}. */
    float width(String text, boolean isBold, float size) throws IOException {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            units += advance(cp, isBold);
        }
        return units / 1000f * size;
    }

    /** A code point's advance in the font that draws it, in PDF glyph units (1/1000 of the size). */
    private float advance(int codePoint, boolean isBold) throws IOException {
        byte which = fontOf(codePoint);
        if (which == LATIN && codePoint <= Character.MAX_VALUE) {
            float[] widths = isBold ? boldWidths : regularWidths;
            float width = widths[codePoint];
            if (Float.isNaN(width)) {
                width = (isBold ? bold : regular).font().getStringWidth(String.valueOf((char) codePoint));
                widths[codePoint] = width;
            }
            return width;
        }
        int key = isBold ? -1 - codePoint : codePoint; // one map for both faces
        Float width = otherWidths.get(key);
        if (width == null) {
            PDFont font = which == CJK ? cjkFont().font() : (isBold ? bold : regular).font();
            width = font.getStringWidth(which == NONE ? PLACEHOLDER : new String(Character.toChars(codePoint)));
            otherWidths.put(key, width);
        }
        return width;
    }

    /** Characters that no bundled font could print, in order. */
    List<String> missing() {
        return List.copyOf(missing);
    }

}
