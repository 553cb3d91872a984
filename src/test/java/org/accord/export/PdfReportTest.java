package org.accord.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Activity;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Side;
import org.accord.domain.Workshop;
import org.accord.domain.WorkshopDetails;
import org.accord.export.pdf.PaperSize;
import org.accord.export.pdf.PdfReport;
import org.accord.testing.GeneratedWorkshop;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportTest {
    private static final Instant MADE = Instant.parse("2026-11-22T10:15:00Z");

    @TempDir
    Path folder;

    /** The template with names in four scripts, letters, a rationale and a disputed row. */
    static Workshop multilingual() {
        Workshop w = new TemplateCatalog().newWorkshop(TemplateCatalog.CIO_CMO, "Alignment 王芳 and Łukasz", MADE);
        w = w.withDetails(new WorkshopDetails(w.title(), "Acme Zoë", w.details().date(), "Ελένη Ольга", ""));
        w = w.withRoleAdded(Role.create("Łukasz Kowalski", "Łukasz", Side.EXTERNAL))
                .withRoleAdded(Role.create("王芳, head of e-commerce", "王芳", Side.MARKETING));
        Activity first = w.activities().get(0);
        return w.withLetter(first.id(), w.roles().get(0).id(), Raci.A)
                .withLetter(first.id(), w.roles().get(7).id(), Raci.R)
                .withLetter(first.id(), w.roles().get(8).id(), Raci.C)
                .withActivityChanged(first.id(), a -> a.withRationale("Ольга keeps the roadmap; 王芳 is consulted.")
                        .withStatus(org.accord.domain.ActivityStatus.DISPUTED));
    }

    private static byte[] render(Workshop w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReport.write(w, PaperSize.A4, MADE, ZoneOffset.UTC, out);
        return out.toByteArray();
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    @Test
    void everyActivityAndRoleNameIsInTheTextIncludingPolishGreekCyrillicAndChinese() throws IOException {
        Workshop w = multilingual();
        try (PDDocument pdf = Loader.loadPDF(render(w))) {
            String text = text(pdf).replaceAll("\\s+", " ");
            for (Activity a : w.activities()) {
                assertThat(text).contains(a.name());
            }
            for (Role r : w.roles()) {
                assertThat(text).contains(r.name()).contains(r.shortLabel());
            }
            assertThat(text).contains("Łukasz").contains("王芳").contains("Ελένη Ольга").contains("Acme Zoë")
                    .contains("Ольга keeps the roadmap; 王芳 is consulted.").contains("Disputed");
            assertThat(text).contains("Responsible").contains("Accountable").contains("Consulted").contains("Informed");
            assertThat(text).contains("Findings (").contains("Load per role");
            assertThat(text).contains("Made 22 Nov 2026, 10:15 with Accord");
        }
    }

    @Test
    void theHandOutCarriesTheAgreementsActionItemsAndTheWorkshopRecord() throws IOException {
        Workshop w = org.accord.testing.GeneratedWorkshop.of(6, 3);
        var first = w.activities().get(0);
        w = w.withLetter(first.id(), w.roles().get(0).id(), org.accord.domain.Raci.A)
                .withActivityAgreed(first.id(), "CIO and CMO", MADE);
        w = w.withGuide(w.guide()
                .withWorking(new org.accord.domain.guide.WorkingAgreement(45, "CIO and CMO, then the COO", java.time.LocalDate.of(2027, 3, 1)))
                .withActions(List.of(org.accord.domain.guide.ActionItem.create("Draft the data charter", "Ana Souza",
                        java.time.LocalDate.of(2026, 12, 5))))
                .withCampaignStage(w.guide().campaign().stages().get(0).id(), s -> s.withActivities(List.of(first.id()))));
        try (PDDocument pdf = Loader.loadPDF(render(w))) {
            String text = text(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Agreements (2 of 6 rows agreed)")
                    .contains(first.name() + " — agreed by CIO and CMO, 22 Nov 2026")
                    .contains("The CIO and CMO meet 45 minutes a week.")
                    .contains("Escalation path: CIO and CMO, then the COO")
                    .contains("Next review: 2027-03-01")
                    .contains("Draft the data charter — Ana Souza, due 2026-12-05")
                    .contains("IT says IT leads: no answers here; 58% in the CMO Council and Accenture survey.")
                    .contains("Idea development — A: " + w.roles().get(0).shortLabel())
                    .contains("Time per step")
                    .contains("Who does what, and why: 0:00 of 25 min");
        }
    }

    @Test
    void aRowAgreedWithOpenFindingsIsNeverPrintedAsPlainlyAgreed() throws IOException {
        Workshop w = org.accord.testing.GeneratedWorkshop.of(4, 3);
        var row = w.activities().get(1);
        for (var role : w.roles()) {
            w = w.withLetter(row.id(), role.id(), null);
        }
        w = w.withLetter(row.id(), w.roles().get(0).id(), org.accord.domain.Raci.A)
                .withLetter(row.id(), w.roles().get(1).id(), org.accord.domain.Raci.A)
                .withLetter(row.id(), w.roles().get(2).id(), org.accord.domain.Raci.R)
                .withActivityAgreed(row.id(), "CIO and CMO", MADE);
        try (PDDocument pdf = Loader.loadPDF(render(w))) {
            String text = text(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(row.name() + " (agreed with open findings: 2 Accountables (A)) — agreed by CIO and CMO")
                    .contains("Agreed*")
                    .contains("Agreed* was agreed with open findings (see Findings)");
        }
    }

    @Test
    void theHandOutListsWhoWasThere() throws IOException {
        Workshop w = org.accord.testing.GeneratedWorkshop.of(4, 3);
        var cio = w.roles().get(0);
        w = w.withGuide(w.guide()
                .withParticipantAdded(org.accord.domain.guide.Participant.create("Ana Souza", cio.id(), Side.IT))
                .withParticipantAdded(org.accord.domain.guide.Participant.create("Ben Okafor", null, Side.MARKETING)
                        .withPresent(false)));
        try (PDDocument pdf = Loader.loadPDF(render(w))) {
            String text = text(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Attendees (1 present of 2)")
                    .contains("Ana Souza, " + cio.name() + ", IT side, present")
                    .contains("Ben Okafor, Marketing side, absent");
        }
    }

    /**
     * However long the agreements and action items run, no page ends with a heading: "Workshop record" once sat
     * alone at the foot of a page with its content on the next.
     */
    @Test
    void noPageEndsWithAHeading() throws IOException {
        java.util.regex.Pattern heading = java.util.regex.Pattern.compile(
                "(Workshop record|Agreements \\(.*|Action items \\(\\d+\\)|Attendees \\(.*|Perception check \\(.*"
                        + "|Goals that serve the same end|Blind entry|Test case.*|Portfolio review|Time per step"
                        + "|Working agreement|Findings \\(\\d+\\))");
        Workshop base = org.accord.testing.GeneratedWorkshop.of(12, 4);
        int pagesChecked = 0;
        for (int actions = 0; actions <= 60; actions += 2) {
            List<org.accord.domain.guide.ActionItem> items = new ArrayList<>();
            for (int i = 0; i < actions; i++) {
                items.add(org.accord.domain.guide.ActionItem.create("Follow-up task number " + i, "Ana Souza", null));
            }
            Workshop w = base.withGuide(base.guide().withActions(items));
            try (PDDocument pdf = Loader.loadPDF(render(w))) {
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    List<String> lines = stripper.getText(pdf).lines().map(String::strip)
                            .filter(l -> !l.isEmpty() && !l.startsWith("Made ") && !l.matches("Page \\d+ of \\d+"))
                            .toList();
                    String last = lines.get(lines.size() - 1);
                    assertThat(heading.matcher(last).matches())
                            .as("%d action items, page %d ends with \"%s\"", actions, page, last).isFalse();
                    pagesChecked++;
                }
            }
        }
        assertThat(pagesChecked).isGreaterThan(31);
    }

    @Test
    void fontsAreEmbeddedSubsetsAndMetadataIsSet() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(multilingual()))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(fonts).extracting(PDFont::getName).anyMatch(n -> n.contains("DroidSansFallback"))
                    .anyMatch(n -> n.contains("DejaVuSans"));
            var info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Alignment 王芳 and Łukasz — RACI matrix");
            assertThat(info.getAuthor()).isEqualTo("Ελένη Ольга");
            assertThat(info.getSubject()).contains("Acme Zoë");
        }
    }

    @Test
    void wordsAreDrawnLetterByLetterSoCopyAndSearchFindThem() throws IOException {
        // DejaVu Sans joins "ffi" and "ff" into one ligature glyph; a reader copying "Officer" from such a PDF gets
        // "Oﬃcer", and a search for "Officer" misses it. PDFTextStripper would undo ligatures, so read raw glyphs.
        Workshop w = multilingual();
        StringBuilder glyphs = new StringBuilder();
        try (PDDocument pdf = Loader.loadPDF(render(w))) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions)
                        throws IOException {
                    positions.forEach(p -> glyphs.append(p.getUnicode()));
                    super.writeString(text, positions);
                }
            }.getText(pdf);
        }
        assertThat(w.roles().get(0).name()).contains("Officer");
        assertThat(glyphs).contains("Officer").contains("signs it off");
        assertThat(glyphs.codePoints().filter(c -> c >= 0xFB00 && c <= 0xFB06))
                .as("no ligature glyphs (U+FB00 to U+FB06)").isEmpty();
    }

    @Test
    void aCharacterNoFontHasPrintsAsAPlaceholderAndIsReported() throws IOException {
        Workshop w = multilingual();
        // U+13000, an Egyptian hieroglyph: in neither bundled font.
        w = w.withActivityAdded(Activity.create("Hieroglyph \uD80C\uDC00 review", "", "Data"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReport.Result result = PdfReport.write(w, PaperSize.A4, MADE, ZoneOffset.UTC, out);
        assertThat(result.missingCharacters()).containsExactly("\uD80C\uDC00");
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(text(pdf)).contains("Hieroglyph \u25A1 review");
        }
    }

    @Test
    void paperFollowsTheLocaleAndAWideMatrixTurnsLandscapeAndSplitsIntoBandsThatRepeatTheNames() throws IOException {
        assertThat(PaperSize.forLocale(java.util.Locale.US)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.forLocale(java.util.Locale.GERMANY)).isEqualTo(PaperSize.A4);
        ByteArrayOutputStream letter = new ByteArrayOutputStream();
        PdfReport.write(GeneratedWorkshop.of(10, 5), PaperSize.LETTER, MADE, ZoneOffset.UTC, letter);
        try (PDDocument pdf = Loader.loadPDF(letter.toByteArray())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f); // US Letter, portrait
        }
        Workshop wide = GeneratedWorkshop.of(12, 40);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReport.write(wide, PaperSize.A4, MADE, ZoneOffset.UTC, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            var box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isGreaterThan(box.getHeight()); // landscape
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("RACI matrix: roles CIO to").contains("RACI matrix: roles");
            String first = wide.activities().get(1).name(); // open, no rationale: it appears only in the matrix
            assertThat(text.split(java.util.regex.Pattern.quote(first), -1).length - 1)
                    .as("every band repeats the activity names").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void a300By12MatrixRepeatsItsHeaderOnEveryPageAndCutsNothingOff() throws IOException {
        Workshop w = GeneratedWorkshop.of(300, 12);
        byte[] bytes = render(w);
        Files.write(folder.resolve("large.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            StringBuilder all = new StringBuilder();
            int matrixPages = 0;
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(pdf);
                all.append(page);
                assertThat(page).contains("Page " + p + " of " + pages);
                String compact = page.replaceAll("\\s+", "");
                if (compact.contains("ActivityStatus")) {
                    matrixPages++;
                    // The header row, with every role label in column order (labels stand upright, so their
                    // letters come out of the text one per line: compare without white space).
                    assertThat(compact).contains("ActivityStatus" + String.join("",
                            w.roles().stream().map(Role::shortLabel).toList()));
                }
            }
            String text = all.toString().replaceAll("\\s+", " ");
            for (Activity a : w.activities()) {
                assertThat(text).as("activity name printed in full").contains(a.name());
            }
            // LibreOffice needs 18 A4 pages for this matrix; Accord at most half.
            assertThat(matrixPages).isBetween(2, 9);
        }
    }
}
