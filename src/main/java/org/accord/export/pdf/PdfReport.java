package org.accord.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Finding;
import org.accord.domain.MatrixChecks;
import org.accord.domain.Moments;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.RoleLoad;
import org.accord.domain.Workshop;
import org.accord.domain.round.RoundComparison;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The hand-out: title block, legend, the RACI matrix (grouped as on screen, header row and activity names on every
 * page), rationale and status, findings and the load per role; "page X of Y", the time it was made, and document
 * metadata. Laid out with PDFBox; no PDF syntax is written by hand (docs/decisions/0005).
 */
public final class PdfReport {
    /** What the export produced: pages, and characters that printed as a placeholder. */
    public record Result(int pages, int matrixPages, List<String> missingCharacters) {
    }

    static final float ROLE_WIDTH = 22;
    static final float STATUS_WIDTH = 46;
    static final float MIN_NAME_WIDTH = 170;
    static final float NAME_SIZE = 7.5f;
    static final float NAME_LEADING = 8.8f;
    static final float ROW_PADDING = 2.3f;
    static final float LETTER_SIZE = 9;
    static final float HEADER_LABEL_SIZE = 8;

    private final Workshop workshop;
    private final PaperSize paper;
    private final Instant madeAt;
    private final ZoneId zone;
    private final Optional<RoundComparison> rounds;

    private PdfReport(Workshop workshop, PaperSize paper, Instant madeAt, ZoneId zone, Optional<RoundComparison> rounds) {
        this.workshop = workshop;
        this.paper = paper;
        this.madeAt = madeAt;
        this.zone = zone;
        this.rounds = rounds;
    }

    public static Result write(Workshop workshop, PaperSize paper, Instant madeAt, ZoneId zone, OutputStream out)
            throws IOException {
        return write(workshop, paper, madeAt, zone, Optional.empty(), out);
    }

    /**
     * @param rounds the last closed round and what changed since: the hand-out ends with "Changes since Round N"
     *               (when there are any) and the round's sign-off block; none before the first round is closed
     */
    public static Result write(Workshop workshop, PaperSize paper, Instant madeAt, ZoneId zone,
                               Optional<RoundComparison> rounds, OutputStream out) throws IOException {
        return new PdfReport(workshop, paper, madeAt, zone, rounds).render(out);
    }

    private Result render(OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            ReportFonts fonts = new ReportFonts(document);
            int roles = workshop.roles().size();
            boolean portrait = MIN_NAME_WIDTH + STATUS_WIDTH + roles * ROLE_WIDTH <= paper.portrait().getWidth() - 2 * PageFlow.MARGIN;
            PDRectangle size = portrait ? paper.portrait() : paper.landscape();
            String running = workshop.title() + (workshop.details().organization().isEmpty() ? ""
                    : " · " + workshop.details().organization()) + " · RACI matrix and agreements";
            int matrixPages;
            try (PageFlow flow = new PageFlow(document, fonts, size, running)) {
                flow.newPage();
                titleBlock(flow);
                legend(flow);
                int before = flow.pages().size();
                for (List<Role> band : bands(flow.width())) {
                    new MatrixTable(flow, workshop, band, bands(flow.width()).size() > 1).draw();
                }
                matrixPages = flow.pages().size() - before + 1;
                rationale(flow);
                findings(flow);
                loads(flow);
                new GuideSections(flow, workshop, madeAt, zone).draw();
                if (rounds.isPresent()) {
                    new RoundSections(flow, rounds.get(), zone).draw();
                }
            }
            footers(document, fonts);
            metadata(document);
            document.save(out);
            return new Result(document.getNumberOfPages(), matrixPages, fonts.missing());
        }
    }

    /** Role columns split into bands that fit the page width; each band repeats the activity names. */
    private List<List<Role>> bands(float width) {
        int perBand = Math.max(1, (int) ((width - MIN_NAME_WIDTH - STATUS_WIDTH) / ROLE_WIDTH));
        List<List<Role>> bands = new ArrayList<>();
        List<Role> roles = workshop.roles();
        for (int i = 0; i < roles.size(); i += perBand) {
            bands.add(roles.subList(i, Math.min(roles.size(), i + perBand)));
        }
        if (bands.isEmpty()) {
            bands.add(List.of());
        }
        return bands;
    }

    // ---- sections ----

    private void titleBlock(PageFlow flow) throws IOException {
        flow.paragraph(workshop.title(), 18, true, Ink.TEXT, 0);
        flow.space(2);
        var d = workshop.details();
        List<String> facts = new ArrayList<>();
        if (!d.organization().isEmpty()) {
            facts.add(d.organization());
        }
        if (d.date() != null) {
            facts.add(d.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK)));
        }
        if (!d.facilitator().isEmpty()) {
            facts.add("Facilitator: " + d.facilitator());
        }
        if (!facts.isEmpty()) {
            flow.paragraph(String.join("  ·  ", facts), 10, false, Ink.TEXT, 0);
        }
        flow.space(4);
        List<String> roles = workshop.roles().stream()
                .map(r -> r.shortLabel() + " = " + r.name() + " (" + r.side().label() + ")").toList();
        flow.paragraph("Roles: " + (roles.isEmpty() ? "none" : String.join("; ", roles)), 8.5f, false, Ink.TEXT, 0);
        if (!d.notes().isEmpty()) {
            flow.space(2);
            flow.paragraph("Notes: " + d.notes(), 8.5f, false, Ink.TEXT, 0);
        }
        flow.space(6);
    }

    private void legend(PageFlow flow) throws IOException {
        float chip = 12;
        flow.ensure(chip * 2 + 14);
        float x = flow.left();
        float top = flow.y;
        for (Raci letter : Raci.values()) {
            String meaning = letter.meaning() + ": " + letter.rule();
            float w = flow.fonts().width(meaning, false, 7.5f);
            if (x + chip + 4 + w > flow.left() + flow.width()) {
                x = flow.left();
                top -= chip + 4;
            }
            flow.box(x, top, chip, chip, Ink.fillOf(letter));
            flow.text(letter.letter(), x + 3, top - 9.5f, 9, true, Ink.TEXT);
            flow.text(meaning, x + chip + 4, top - 9, 7.5f, false, Ink.TEXT);
            x += chip + 4 + w + 14;
        }
        flow.y = top - chip - 4;
        flow.paragraph("One letter per cell; an Accountable who also does the work still needs an R in the row. "
                + "Status: Agreed, Open or Disputed, as the room left it; Agreed" + MatrixTable.AGREED_WITH_FINDINGS_MARK
                + " was agreed with open findings (see Findings).", 7.5f, false, Ink.MUTED, 0);
        flow.space(6);
    }

    private void rationale(PageFlow flow) throws IOException {
        heading(flow, "Rationale and status");
        int without = 0;
        for (Activity a : workshop.activities()) {
            if (a.rationale().isEmpty() && a.status() == ActivityStatus.OPEN) {
                without++;
                continue;
            }
            flow.ensure(24);
            flow.paragraph(a.name() + "  —  " + a.status().label(), 8.5f, true,
                    a.status() == ActivityStatus.DISPUTED ? Ink.DISPUTED : Ink.TEXT, 0);
            flow.paragraph(a.rationale().isEmpty() ? "No rationale recorded." : a.rationale(), 8.5f, false, Ink.TEXT, 10);
            flow.space(3);
        }
        if (without > 0) {
            flow.paragraph(without + " other " + (without == 1 ? "activity is" : "activities are")
                    + " open with no rationale recorded.", 8.5f, false, Ink.MUTED, 0);
        }
    }

    private void findings(PageFlow flow) throws IOException {
        List<Finding> findings = MatrixChecks.run(workshop);
        heading(flow, "Findings (" + findings.size() + ")");
        if (findings.isEmpty()) {
            flow.paragraph("None: every activity has one Accountable and at least one Responsible.", 8.5f, false, Ink.TEXT, 0);
        }
        for (Finding finding : findings) {
            flow.bullet(finding.text(), 8.5f, Ink.TEXT);
        }
    }

    private void loads(PageFlow flow) throws IOException {
        heading(flow, "Load per role");
        float[] widths = {60, 0, 34, 34, 34, 34};
        widths[1] = Math.min(260, flow.width() - 60 - 4 * 34);
        float rowHeight = 13;
        String[] head = {"Role", "Name", "R", "A", "C", "I"};
        flow.ensure(rowHeight * 2);
        row(flow, widths, head, true, rowHeight);
        for (RoleLoad load : MatrixChecks.loadSummary(workshop)) {
            flow.ensure(rowHeight);
            row(flow, widths, new String[] {load.role().shortLabel(), load.role().name(),
                    String.valueOf(load.responsible()), String.valueOf(load.accountable()),
                    String.valueOf(load.consulted()), String.valueOf(load.informed())}, false, rowHeight);
        }
        int n = workshop.activities().size();
        flow.space(4);
        flow.paragraph("A role is overloaded when it is Accountable for more than " + MatrixChecks.overloadThreshold(n)
                + " of the " + n + " activities (more than half). Most Consulted per activity: "
                + workshop.consultedLimit() + ".", 7.5f, false, Ink.MUTED, 0);
    }

    private static void row(PageFlow flow, float[] widths, String[] cells, boolean bold, float height) throws IOException {
        if (bold) {
            flow.box(flow.left(), flow.y, sum(widths), height, Ink.HEADER_FILL);
        }
        float x = flow.left();
        for (int i = 0; i < cells.length; i++) {
            String text = cells[i];
            List<String> lines = flow.wrap(text, 8, bold, widths[i] - 6);
            flow.text(lines.get(0) + (lines.size() > 1 ? "…" : ""), x + 3, flow.y - 9.5f, 8, bold, Ink.TEXT);
            x += widths[i];
        }
        flow.line(flow.left(), flow.y - height, flow.left() + sum(widths), flow.y - height, 0.4f, Ink.RULE);
        flow.y -= height;
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }

    static void heading(PageFlow flow, String text) throws IOException {
        flow.space(8);
        // A heading never sits alone at the foot of a page: room for it, a subheading and the first line under it.
        flow.ensure(60);
        flow.paragraph(text, 12, true, Ink.TEXT, 0);
        flow.space(2);
    }

    // ---- pages ----

    private void footers(PDDocument document, ReportFonts fonts) throws IOException {
        String made = "Made " + Moments.toTheMinute(zone).format(madeAt)
                + " with Accord";
        int total = document.getNumberOfPages();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String pageText = "Page " + number + " of " + total;
                float width = fonts.width(pageText, false, 8);
                float right = page.getMediaBox().getWidth() - PageFlow.MARGIN;
                drawFooter(content, fonts, made, PageFlow.MARGIN);
                drawFooter(content, fonts, pageText, right - width);
            }
        }
    }

    private static void drawFooter(PDPageContentStream content, ReportFonts fonts, String text, float x) throws IOException {
        Ink.MUTED.fill(content);
        content.beginText();
        content.newLineAtOffset(x, PageFlow.MARGIN);
        for (ReportFonts.Run run : fonts.runs(text, false)) {
            content.setFont(run.font(), 8);
            content.showText(run.text());
        }
        content.endText();
    }

    private void metadata(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(workshop.title() + " — RACI matrix");
        info.setAuthor(workshop.details().facilitator().isEmpty() ? "Accord" : workshop.details().facilitator());
        info.setSubject("Who owns what where IT and marketing overlap: RACI matrix, rationale, findings"
                + (workshop.details().organization().isEmpty() ? "" : " for " + workshop.details().organization()));
        info.setCreator("Accord");
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(zone));
        when.setTimeInMillis(madeAt.toEpochMilli());
        info.setCreationDate(when);
    }
}
