package org.accord.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * Lays content down the pages: a cursor that moves down, a new page (with its running header and, inside a table,
 * the table's header row again) when the next block does not fit, and text drawn in runs of the right font.
 * Coordinates are PDF points from the bottom left; {@link #y} is the top of the free space.
 */
final class PageFlow implements AutoCloseable {
    static final float MARGIN = 36;
    static final float HEADER_SPACE = 22;
    static final float FOOTER_SPACE = 20;

    /** Draws something at the top of every new page, below the running header (a table's header row). */
    interface PageStart {
        void draw(PageFlow flow) throws IOException;
    }

    private final PDDocument document;
    private final ReportFonts fonts;
    private final String runningHeader;
    private final PDRectangle pageSize;
    private PDPageContentStream content;
    private final List<PDPage> pages = new ArrayList<>();
    private PageStart pageStart;
    float y;

    PageFlow(PDDocument document, ReportFonts fonts, PDRectangle pageSize, String runningHeader) {
        this.document = document;
        this.fonts = fonts;
        this.pageSize = pageSize;
        this.runningHeader = runningHeader;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return pageSize.getWidth() - 2 * MARGIN;
    }

    float bottom() {
        return MARGIN + FOOTER_SPACE;
    }

    List<PDPage> pages() {
        return pages;
    }

    ReportFonts fonts() {
        return fonts;
    }

    void setPageStart(PageStart start) {
        this.pageStart = start;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(pageSize);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        float top = pageSize.getHeight() - MARGIN;
        text(runningHeader, left(), top - 9, 8, false, Ink.MUTED);
        line(left(), top - 13, left() + width(), top - 13, 0.5f, Ink.RULE);
        y = top - HEADER_SPACE;
        if (pageStart != null) {
            pageStart.draw(this);
        }
    }

    /** Makes room for a block of this height, starting a new page if it does not fit. */
    void ensure(float height) throws IOException {
        if (content == null || y - height < bottom()) {
            newPage();
        }
    }

    // ---- drawing ----

    void text(String text, float x, float baseline, float size, boolean bold, Ink ink) throws IOException {
        ink.fill(content);
        content.beginText();
        content.newLineAtOffset(x, baseline);
        for (ReportFonts.Run run : fonts.runs(text, bold)) {
            content.setFont(run.font(), size);
            content.showText(run.text());
        }
        content.endText();
    }

    /** Text turned a quarter left, reading upwards from (x, y): for narrow column headers. */
    void verticalText(String text, float x, float y, float size, boolean bold, Ink ink) throws IOException {
        ink.fill(content);
        content.beginText();
        content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x, y));
        for (ReportFonts.Run run : fonts.runs(text, bold)) {
            content.setFont(run.font(), size);
            content.showText(run.text());
        }
        content.endText();
    }

    void box(float x, float top, float w, float h, Ink fill) throws IOException {
        fill.fill(content);
        content.addRect(x, top - h, w, h);
        content.fill();
    }

    void line(float x1, float y1, float x2, float y2, float width, Ink ink) throws IOException {
        ink.stroke(content);
        content.setLineWidth(width);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    /** Wrapped lines of text at most {@code maxWidth} wide; long words are broken, nothing is cut off. */
    List<String> wrap(String text, float size, boolean bold, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace('\t', ' ').split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (fonts.width(candidate, bold, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // A word wider than the column is broken by characters.
                String rest = word;
                while (fonts.width(rest, bold, size) > maxWidth) {
                    int cut = fit(rest, size, bold, maxWidth);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private int fit(String word, float size, boolean bold, float maxWidth) throws IOException {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (fonts.width(word.substring(0, next), bold, size) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** A wrapped paragraph across the full width, moving to a new page between lines when needed. */
    void paragraph(String text, float size, boolean bold, Ink ink, float indent) throws IOException {
        float leading = size * 1.35f;
        for (String line : wrap(text, size, bold, width() - indent)) {
            ensure(leading);
            text(line, left() + indent, y - size, size, bold, ink);
            y -= leading;
        }
    }

    /** A bulleted item: the bullet hangs in the margin, wrapped lines align with the text. */
    void bullet(String text, float size, Ink ink) throws IOException {
        float leading = size * 1.35f;
        float indent = 10;
        boolean first = true;
        for (String line : wrap(text, size, false, width() - indent)) {
            ensure(leading);
            if (first) {
                text("•", left() + 1, y - size, size, false, ink);
                first = false;
            }
            text(line, left() + indent, y - size, size, false, ink);
            y -= leading;
        }
    }

    void space(float points) {
        y -= points;
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
