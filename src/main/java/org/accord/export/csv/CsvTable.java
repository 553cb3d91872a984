package org.accord.export.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * How every CSV hand-out is written: RFC 4180 quoting by Commons CSV with every field quoted, each field guarded
 * against formula injection, UTF-8 with a byte-order mark so a spreadsheet opened by double-click reads accents and
 * CJK correctly (see docs/decisions/0005).
 */
public final class CsvTable {
    /** The byte-order mark spreadsheet programs use to recognise UTF-8. */
    public static final char BOM = '\uFEFF';

    /** Every field is quoted: neutralised fields must be, and one rule is easier to trust than two. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    private CsvTable() {
    }

    public static void write(OutputStream out, List<String> header, Iterable<List<String>> rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(header.stream().map(FormulaGuard::neutralise).toList());
        for (List<String> row : rows) {
            printer.printRecord(row.stream().map(FormulaGuard::neutralise).toList());
        }
        printer.flush();
    }
}
