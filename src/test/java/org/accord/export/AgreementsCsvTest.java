package org.accord.export;

import static org.accord.domain.Fixtures.T0;
import static org.accord.domain.Fixtures.activity;
import static org.accord.domain.Fixtures.role;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Fixtures;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;
import org.accord.domain.guide.ActionItem;
import org.accord.domain.guide.BlindEntry.SettledBy;
import org.accord.domain.guide.Leader;
import org.accord.domain.guide.WorkingAgreement;
import org.accord.export.csv.AgreementsCsv;
import org.accord.export.csv.CsvTable;
import org.accord.export.pdf.PaperSize;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agreements hand-out as a spreadsheet reads it: written, parsed back with Commons CSV, checked row by row. */
class AgreementsCsvTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path folder;

    /** Three rows (one agreed, one disputed, one open), a working agreement, two action items, a settled blind entry. */
    private static Workshop agreedWorkshop() {
        Workshop w = Fixtures.workshop("Analytics", "Campaigns", "Vendors");
        var analytics = activity(w, "Analytics").id();
        var cio = role(w, "CIO").id();
        var cmo = role(w, "CMO").id();
        w = w.withBlindLetter(Leader.CIO, analytics, cio, Raci.A).withBlindLetter(Leader.CMO, analytics, cio, Raci.R)
                .withBlindLetter(Leader.CIO, analytics, cmo, Raci.C).withBlindLetter(Leader.CMO, analytics, cmo, Raci.I)
                .withBlindViewsRevealed()
                .withDifferenceSettled(analytics, cio, SettledBy.CMO_VIEW, null);
        w = w.withActivityChanged(analytics, a -> a.withRationale("=IT runs the warehouse, marketing asks"))
                .withActivityAgreed(analytics, "Ana (CIO), Ben (CMO)", T0)
                .withActivityChanged(activity(w, "Campaigns").id(), a -> a.withStatus(ActivityStatus.DISPUTED));
        var guide = w.guide().withWorking(new WorkingAgreement(30, "Steering board, then the CEO", LocalDate.of(2027, 2, 1)))
                .withActionAdded(ActionItem.create("Send the matrix to the leads, \"final\"", "Ana", LocalDate.of(2026, 12, 1)))
                .withActionAdded(ActionItem.create("Book the review", "Ben", null).withDone(true));
        return w.withGuide(guide);
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        assertThat(text.charAt(0)).as("UTF-8 byte-order mark for spreadsheets").isEqualTo(CsvTable.BOM);
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    private static List<List<String>> section(List<CSVRecord> records, String name) {
        return records.stream().skip(1).filter(r -> r.get(0).equals(name)).map(CSVRecord::toList).toList();
    }

    @Test
    void everyPartOfTheAgreementsIsARowASpreadsheetCanFilter() throws IOException {
        Workshop w = agreedWorkshop();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AgreementsCsv.write(w, T0.plusSeconds(3600), PARIS, out);
        List<CSVRecord> records = parse(out.toString(StandardCharsets.UTF_8));

        assertThat(records.get(0).toList()).containsExactly("Section", "Item", "Who", "Date", "Status", "Detail");
        assertThat(section(records, AgreementsCsv.ACTIVITY)).containsExactly(
                List.of("Activity", "Analytics", "Ana (CIO), Ben (CMO)", "2026-11-22 10:00", "Agreed",
                        "'=IT runs the warehouse, marketing asks"),
                List.of("Activity", "Campaigns", "", "", "Disputed", ""),
                List.of("Activity", "Vendors", "", "", "Open", ""));
        assertThat(section(records, AgreementsCsv.WORKING_AGREEMENT)).containsExactly(
                List.of("Working agreement", "Meeting cadence", "CIO and CMO", "", "Agreed",
                        "The CIO and CMO meet 30 minutes a week."),
                List.of("Working agreement", "Escalation path", "", "", "Agreed", "Steering board, then the CEO"),
                List.of("Working agreement", "Next review", "", "2027-02-01", "Agreed", ""));
        assertThat(section(records, AgreementsCsv.ACTION_ITEM)).containsExactly(
                List.of("Action item", "Send the matrix to the leads, \"final\"", "Ana", "2026-12-01", "Open", ""),
                List.of("Action item", "Book the review", "Ben", "", "Done", ""));
        assertThat(section(records, AgreementsCsv.BLIND_ENTRY)).containsExactly(
                List.of("Blind entry difference", "Analytics", "CIO", "", "Settled: The CMO's letter",
                        "CIO: A; CMO: R; agreed: R"),
                List.of("Blind entry difference", "Analytics", "CMO", "", "Open", "CIO: C; CMO: I"));
        List<List<String>> times = section(records, AgreementsCsv.STEP_TIME);
        assertThat(times).hasSize(w.guide().steps().size());
        assertThat(times.get(0)).containsExactly("Time per step", w.guide().steps().get(0).title(), "", "", "",
                "0:00 of " + w.guide().steps().get(0).plannedMinutes() + " min");
    }

    @Test
    void aWorkshopWithNothingAgreedSaysWhatIsStillOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AgreementsCsv.write(Fixtures.workshop("Analytics"), T0, ZoneOffset.UTC, out);
        List<CSVRecord> records = parse(out.toString(StandardCharsets.UTF_8));
        assertThat(section(records, AgreementsCsv.WORKING_AGREEMENT)).extracting(r -> r.get(4))
                .containsOnly("Not agreed yet");
        assertThat(section(records, AgreementsCsv.ACTION_ITEM)).isEmpty();
        assertThat(section(records, AgreementsCsv.BLIND_ENTRY)).as("no blind entry was revealed").isEmpty();
    }

    @Test
    void theExporterWritesItBesideTheMatrixWithItsOwnName() throws IOException {
        Path file = folder.resolve("Spring agreements.csv");
        var outcome = new Exporter(Clock.fixed(T0, PARIS)).export(agreedWorkshop(), ExportFormat.AGREEMENTS_CSV, file,
                false, PaperSize.A4);
        assertThat(outcome.summary()).startsWith("Saved the agreements as CSV");
        assertThat(section(parse(Files.readString(file, StandardCharsets.UTF_8)), AgreementsCsv.ACTION_ITEM)).hasSize(2);
        assertThat(ExportFormat.AGREEMENTS_CSV.fileName("Spring")).isEqualTo("Spring agreements.csv");
        assertThat(ExportFormat.CSV.fileName("Spring")).isEqualTo("Spring.csv");
        assertThat(ExportFormat.parse("agreements-csv")).isEqualTo(ExportFormat.AGREEMENTS_CSV);
    }
}
