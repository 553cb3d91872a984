package org.accord.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The widths the layout measures with come from per-character caches; they must equal what PDFBox draws. */
class ReportFontsTest {
    @Test
    void widthsEqualThoseOfTheRunsPdfBoxDrawsInEveryScriptAndFace() throws IOException {
        try (PDDocument document = new PDDocument()) {
            ReportFonts fonts = new ReportFonts(document);
            String[] texts = {"Chief Information Officer", "Łukasz Kowalski", "王芳, head of e-commerce",
                "Ελένη Ольга", "Hieroglyph \uD80C\uDC00 review", "A", "", "Zoë   and spaces"};
            for (String text : texts) {
                for (boolean bold : new boolean[] {false, true}) {
                    for (int pass = 0; pass < 2; pass++) { // the second pass reads the caches
                        float drawn = 0;
                        for (ReportFonts.Run run : fonts.runs(text, bold)) {
                            drawn += run.font().getStringWidth(run.text()) / 1000f * 9;
                        }
                        assertThat(fonts.width(text, bold, 9)).as("%s, bold %s", text, bold)
                                .isCloseTo(drawn, within(0.001f));
                    }
                }
            }
            assertThat(fonts.width("Officer", true, 9)).as("bold is wider")
                    .isGreaterThan(fonts.width("Officer", false, 9));
            assertThat(fonts.width("王芳", false, 10)).as("CJK measured in its own font").isGreaterThan(10);
            assertThat(fonts.missing()).containsExactly("\uD80C\uDC00");
        }
    }

    /**
     * PDFBox parses every table of a font it loads; the bundled fonts carry only what the report reads
     * (assets/fonts/trim-fonts.py), which makes a cold command-line PDF export about 6 % quicker. A font replaced by
     * an untrimmed one would still work, only slower: this says so.
     */
    @Test
    void theBundledFontsCarryOnlyWhatTheReportReads() throws IOException {
        for (String name : List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallbackFull.ttf")) {
            try (InputStream in = ReportFonts.class.getResourceAsStream("fonts/" + name)) {
                assertThat(in).as(name).isNotNull();
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                assertThat(font.getTableMap()).as(name).doesNotContainKeys("GSUB", "GPOS", "GDEF", "kern", "MATH", "FFTM");
                assertThat(font.getCmap().getCmaps()).as(name)
                        .extracting(cmap -> cmap.getPlatformId() + "/" + cmap.getPlatformEncodingId())
                        .containsExactlyInAnyOrder("3/1", "3/10");
                assertThat(font.getPostScript().getFormatType()).as(name).isEqualTo(3.0f);
                assertThat(font.getNumberOfGlyphs()).as(name).isGreaterThan(5000);
            }
        }
    }
}
