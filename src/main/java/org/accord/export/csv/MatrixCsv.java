package org.accord.export.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.accord.domain.Activity;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Workshop;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The matrix as a CSV table: {@code Group, Activity, <one column per role>, Rationale, Status}, one row per activity
 * in screen order. RFC 4180 quoting by Commons CSV; UTF-8 with a byte-order mark, so a spreadsheet opened by
 * double-click reads accents and CJK correctly (see docs/decisions/0005).
 */
public final class MatrixCsv {
    /** The byte-order mark spreadsheet programs use to recognise UTF-8. */
    public static final char BOM = '\uFEFF';

    /** Every field is quoted: neutralised fields must be, and one rule is easier to trust than two. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    private MatrixCsv() {
    }

    public static List<String> header(Workshop workshop) {
        List<String> header = new ArrayList<>(List.of("Group", "Activity"));
        workshop.roles().forEach(r -> header.add(r.shortLabel()));
        header.add("Rationale");
        header.add("Status");
        return header;
    }

    public static void write(Workshop workshop, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(header(workshop).stream().map(FormulaGuard::neutralise).toList());
        for (Activity activity : workshop.activities()) {
            List<String> row = new ArrayList<>();
            row.add(activity.group());
            row.add(activity.name());
            for (Role role : workshop.roles()) {
                row.add(workshop.letter(activity.id(), role.id()).map(Raci::letter).orElse(""));
            }
            row.add(activity.rationale());
            row.add(activity.status().label());
            printer.printRecord(row.stream().map(FormulaGuard::neutralise).toList());
        }
        printer.flush();
    }
}
