package org.accord.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.accord.domain.Workshop;
import org.accord.export.ExportFormat;
import org.accord.export.Exporter;
import org.accord.session.WorkshopSession;
import org.accord.export.pdf.PaperSize;
import org.accord.store.WorkshopLookup;
import org.accord.store.WorkshopStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports a workshop as a PDF report, a CSV table of the matrix, a CSV table of the agreements, "
                + "an .xlsx spreadsheet or an Accord workshop file.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    AccordCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSHOP", description = "The workshop's id or exact title.")
    String workshop;

    @Option(names = "--format", required = true, paramLabel = "pdf|csv|agreements-csv|xlsx|json",
            description = "pdf, csv (the matrix), agreements-csv (agreements, action items, time per step), xlsx (a "
                    + "spreadsheet: matrix, findings, agreements) or json (an .accord.json workshop file).", converter = FormatConverter.class)
    ExportFormat format;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    @Option(names = "--paper", paramLabel = "a4|letter", converter = PaperConverter.class,
            description = "Paper for the PDF (default: from your locale, A4 or US Letter).")
    PaperSize paper;

    @Override
    public Integer call() {
        try (WorkshopStore store = parent.library().openForReading(Clock.systemUTC())) {
            // A timer left running when the window closed or was killed counts only up to where it was last seen.
            Workshop w = store.load(WorkshopLookup.resolve(store, workshop)).withTimersStoppedWhereLastSeen();
            PaperSize size = paper != null ? paper : PaperSize.forLocale(Locale.getDefault());
            var rounds = format == ExportFormat.PDF ? WorkshopSession.changesSinceLatest(store, w)
                    : java.util.Optional.<org.accord.domain.round.RoundComparison>empty();
            Exporter.Outcome outcome = new Exporter(Clock.systemDefaultZone())
                    .export(w, format, output, force, size, rounds);
            spec.commandLine().getOut().println(outcome.summary());
        }
        return 0;
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not pdf, csv, agreements-csv, xlsx or json");
            }
        }
    }

    static final class PaperConverter implements picocli.CommandLine.ITypeConverter<PaperSize> {
        @Override
        public PaperSize convert(String value) {
            try {
                return PaperSize.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a4 or letter");
            }
        }
    }
}
