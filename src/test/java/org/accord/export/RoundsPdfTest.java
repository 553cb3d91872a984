package org.accord.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Activity;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Workshop;
import org.accord.domain.round.Round;
import org.accord.domain.round.RoundComparison;
import org.accord.domain.round.SignOff;
import org.accord.domain.round.WorkshopChanges;
import org.accord.export.pdf.PaperSize;
import org.accord.export.pdf.PdfReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The hand-out's sign-off block and "Changes since Round N" section, read back from the PDF (issue 19). */
class RoundsPdfTest {
    private static final Instant AGREED = Instant.parse("2026-12-02T16:00:00Z");
    private static final Instant MADE = Instant.parse("2027-01-15T09:30:00Z");
    private static final Round ROUND_1 = new Round(1, "Round 1", AGREED, List.of(
            new SignOff("Ana Ruiz", "Chief Information Officer", LocalDate.of(2026, 12, 2)),
            new SignOff("Ben Okafor", "Chief Marketing Officer", LocalDate.of(2026, 12, 3))));

    private final Workshop agreed = new TemplateCatalog().newWorkshop(TemplateCatalog.CIO_CMO, "Alignment", AGREED);

    private static String text(Workshop now, Optional<RoundComparison> rounds) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReport.write(now, PaperSize.A4, MADE, ZoneOffset.UTC, rounds, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theHandOutListsTheChangesSinceTheRoundWithWhenAndEndsWithALinePerSignature() throws IOException {
        Activity first = agreed.activities().get(0);
        Role cio = agreed.roles().get(0);
        Workshop now = agreed.withLetter(first.id(), cio.id(), Raci.R)
                .withActivityChanged(first.id(), a -> a.withRationale("IT runs the platform"));
        Instant typed = Instant.parse("2026-12-20T11:05:00Z");
        RoundComparison since = RoundComparison.of(ROUND_1, Optional.empty(), agreed, now,
                Map.of(WorkshopChanges.letterSubject(new org.accord.domain.Cell(first.id(), cio.id())), typed));
        String text = text(now, Optional.of(since));
        assertThat(text).contains("Changes since Round 1 (2)")
                .contains("Letter · " + first.name() + " · " + cio.shortLabel() + ": (none) → R (20 Dec 2026, 11:05)")
                .contains("Rationale · " + first.name() + ": (none) → IT runs the platform");
        assertThat(text).contains("Sign-off").contains("Round 1, agreed 2026-12-02")
                .contains("Signature · Ana Ruiz").contains("Date · 2026-12-02").contains("Chief Information Officer")
                .contains("Signature · Ben Okafor").contains("Date · 2026-12-03").contains("Chief Marketing Officer");
        assertThat(text.indexOf("Changes since Round 1")).isLessThan(text.indexOf("Sign-off"));
    }

    @Test
    void withNoChangesSinceTheRoundTheSectionIsLeftOutAndTheSignOffStays() throws IOException {
        RoundComparison since = RoundComparison.of(ROUND_1, Optional.empty(), agreed, agreed, Map.of());
        String text = text(agreed, Optional.of(since));
        assertThat(text).doesNotContain("Changes since").contains("Sign-off").contains("Signature · Ana Ruiz");
    }

    @Test
    void aRoundWithoutRecordedSignOffsStillGetsALineForEachLeaderAndNoRoundNoBlock() throws IOException {
        Round unsigned = new Round(1, "Round 1", AGREED, List.of());
        String text = text(agreed, Optional.of(RoundComparison.of(unsigned, Optional.empty(), agreed, agreed, Map.of())));
        assertThat(text).contains("Sign-off").contains("CIO").contains("CMO").contains("Signature");
        assertThat(text(agreed, Optional.empty())).doesNotContain("Sign-off").doesNotContain("Changes since");
    }
}
