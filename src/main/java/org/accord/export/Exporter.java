package org.accord.export;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.accord.domain.Workshop;
import org.accord.domain.round.RoundComparison;
import org.accord.export.csv.AgreementsCsv;
import org.accord.export.csv.MatrixCsv;
import org.accord.export.json.WorkshopFile;
import org.accord.export.pdf.PaperSize;
import org.accord.export.pdf.PdfReport;
import org.accord.export.xlsx.WorkshopSpreadsheet;

/**
 * Exports a workshop to a file in one of the {@link ExportFormat}s, safely (see {@link SafeFile}). Used by the
 * window and the command line alike, so both write exactly the same files. Blocking: call it off the JavaFX thread.
 */
public final class Exporter {
    /** The file written, and a sentence for the facilitator about it. */
    public record Outcome(Path file, String summary, List<String> missingCharacters) {
    }

    private final Clock clock;

    public Exporter(Clock clock) {
        this.clock = clock;
    }

    public Outcome export(Workshop workshop, ExportFormat format, Path target, boolean replaceExisting, PaperSize paper) {
        return export(workshop, format, target, replaceExisting, paper, Optional.empty());
    }

    /** @param rounds the last closed round and the changes since it, for the PDF's sign-off and changes sections */
    public Outcome export(Workshop workshop, ExportFormat format, Path target, boolean replaceExisting, PaperSize paper,
                          Optional<RoundComparison> rounds) {
        Path file = target.toAbsolutePath().normalize();
        return switch (format) {
            case CSV -> {
                SafeFile.write(file, replaceExisting, out -> MatrixCsv.write(workshop, out));
                yield new Outcome(file, "Saved the matrix as CSV: " + file, List.of());
            }
            case AGREEMENTS_CSV -> {
                SafeFile.write(file, replaceExisting, out -> AgreementsCsv.write(workshop, clock.instant(), clock.getZone(), out));
                yield new Outcome(file, "Saved the agreements as CSV: " + file, List.of());
            }
            case XLSX -> {
                SafeFile.write(file, replaceExisting, out -> WorkshopSpreadsheet.write(workshop, clock.instant(), clock.getZone(), out));
                yield new Outcome(file, "Saved the spreadsheet: " + file, List.of());
            }
            case JSON -> {
                SafeFile.write(file, replaceExisting, out -> WorkshopFile.write(workshop, out));
                yield new Outcome(file, "Saved the workshop file: " + file, List.of());
            }
            case PDF -> {
                PdfReport.Result[] result = new PdfReport.Result[1];
                SafeFile.write(file, replaceExisting,
                        out -> result[0] = PdfReport.write(workshop, paper, clock.instant(), clock.getZone(), rounds, out));
                String summary = "Saved the PDF report (" + result[0].pages() + " pages): " + file;
                if (!result[0].missingCharacters().isEmpty()) {
                    summary += ". Some characters have no font in Accord and print as □: "
                            + String.join(" ", result[0].missingCharacters());
                }
                yield new Outcome(file, summary, result[0].missingCharacters());
            }
        };
    }
}
