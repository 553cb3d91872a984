package org.accord.export.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.accord.domain.AccordException;
import org.accord.domain.Activity;
import org.accord.domain.Edit;
import org.accord.domain.Messages;
import org.accord.domain.Names;
import org.accord.domain.ValidationException;
import org.accord.domain.Workshop;
import org.accord.domain.edit.MatrixEdits;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Activities prepared in a spreadsheet, read from CSV into a preview: each row either fits the open workshop or
 * says why not. The good rows can be added as one undoable edit; nothing is added before the facilitator agrees.
 * Columns (any order, any case): Name or Activity (required), Group, Description.
 */
public final class ActivityCsvImport {

    /** One data row of the file: 1-based line of the file, and the problem if it cannot be added. */
    public record Row(long line, String name, String group, String description, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /**
     * The largest file read. A spreadsheet of {@link Workshop#MAX_ACTIVITIES} activities with a sentence of
     * description each is 1 to 3 MB; a bigger file is refused before it is read, so a wrong file (an export of a
     * whole database) cannot tie Accord up for minutes or fill its memory.
     */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private ActivityCsvImport() {
    }

    /** Reads a CSV file (UTF-8, with or without a byte-order mark) into a preview. Blocking. */
    public static List<Row> preview(java.nio.file.Path file, Workshop workshop, String defaultGroup) {
        try {
            long size = java.nio.file.Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new AccordException(String.format(Locale.ROOT, "The file %s is %.1f MB; Accord imports CSV files "
                        + "of at most %d MB. Keep only the Name, Group and Description columns, or split the rows "
                        + "into smaller files. Nothing was added.", file.getFileName(), size / 1024.0 / 1024.0,
                        MAX_FILE_BYTES / 1024 / 1024));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new AccordException("There is no file " + file + ".", e);
        } catch (IOException e) {
            throw new AccordException("Accord could not read " + file + ": " + e.getMessage() + ".", e);
        }
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return preview(in, workshop, defaultGroup);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new AccordException("There is no file " + file + ".", e);
        } catch (IOException e) {
            throw new AccordException("Accord could not read " + file + ": " + Messages.clause(e.getMessage()) + ".", e);
        }
    }

    /** Reads CSV bytes (UTF-8, with or without a byte-order mark) into a preview. Blocking; the stream is closed. */
    public static List<Row> preview(InputStream csv, Workshop workshop, String defaultGroup) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(utf8(csv)).setFormat(format).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            String nameColumn = column(header, "name", "activity");
            if (nameColumn == null) {
                throw new AccordException("The CSV file needs a column called Name or Activity in its first row; "
                        + "it has: " + Messages.clause(String.join(", ", header.keySet())) + ".");
            }
            String groupColumn = column(header, "group");
            String descriptionColumn = column(header, "description");
            List<Row> rows = new ArrayList<>();
            // Each row is checked against the names before it by key, once: adding the rows to a trial workshop one
            // by one checked every name again for every row (2,000 rows took 4.8 s, 10,000 minutes).
            Set<String> taken = new HashSet<>();
            workshop.activities().forEach(a -> taken.add(Names.key(a.name())));
            Map<String, String> groups = new HashMap<>(); // by key: "data" is not a new group beside "Data"
            workshop.groups().forEach(g -> groups.put(Names.key(g), g));
            int room = workshop.roomForActivities();
            for (CSVRecord record : parser) {
                if (rows.size() == room) {
                    // Stops at the first row too many, without reading the rest of the file.
                    throw new AccordException(String.format(Locale.ROOT, "A workshop holds at most %,d activities; "
                            + "this one has %,d, so at most %,d more can be added, and the file has more rows than "
                            + "that. Split the file, or remove rows, and import again. Nothing was added.",
                            Workshop.MAX_ACTIVITIES, workshop.activities().size(), room));
                }
                String name = FormulaGuard.restore(value(record, nameColumn));
                String group = groupColumn == null || value(record, groupColumn).isBlank()
                        ? defaultGroup : FormulaGuard.restore(value(record, groupColumn));
                String description = descriptionColumn == null ? "" : FormulaGuard.restore(value(record, descriptionColumn));
                String problem = null;
                try {
                    Activity activity = Activity.create(name, description, group);
                    String groupKey = Names.key(activity.group());
                    String sameGroup = groups.getOrDefault(groupKey, activity.group());
                    if (!sameGroup.equals(activity.group())) {
                        throw Workshop.nameTaken("group", activity.group());
                    }
                    if (!taken.add(Names.key(activity.name()))) {
                        throw Workshop.nameTaken("activity", activity.name());
                    }
                    groups.put(groupKey, activity.group());
                } catch (ValidationException e) {
                    problem = e.getMessage();
                }
                // A refused row is only shown, never added: an excerpt is all the preview needs, and a 19 MB cell
                // kept whole would be laid out in the preview's table.
                rows.add(problem == null ? new Row(record.getRecordNumber() + 1, name, group, description, null)
                        : new Row(record.getRecordNumber() + 1, Messages.excerpt(name, Messages.EXCERPT_LENGTH),
                        Messages.excerpt(group, Messages.EXCERPT_LENGTH),
                        Messages.excerpt(description, Messages.EXCERPT_LENGTH), problem));
            }
            return rows;
        } catch (java.nio.charset.MalformedInputException e) {
            throw new AccordException("The CSV file is not in UTF-8. In the spreadsheet, save it as \"CSV UTF-8\" "
                    + "and import that file.", e);
        } catch (IOException | java.io.UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.charset.MalformedInputException) {
                throw new AccordException("The CSV file is not in UTF-8. In the spreadsheet, save it as \"CSV UTF-8\" "
                        + "and import that file.", e);
            }
            throw new AccordException("The CSV file could not be read: " + Messages.clause(e.getMessage())
                    + ". Check that it is a CSV file saved from a spreadsheet.", e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new AccordException("The CSV file is not well formed: " + Messages.clause(e.getMessage()) + ".", e);
        }
    }

    /** One edit that adds every good row, in file order. */
    public static Edit addGoodRows(List<Row> rows) {
        List<Row> good = rows.stream().filter(Row::ok).toList();
        // All at once: one new workshop, its names checked once (see Workshop#withActivitiesAdded).
        return MatrixEdits.importActivities(good.stream()
                .map(row -> new MatrixEdits.NewActivity(row.name(), row.description(), row.group())).toList());
    }

    private static String column(Map<String, Integer> header, String... names) {
        for (String present : header.keySet()) {
            String key = present.strip().toLowerCase(Locale.ROOT);
            for (String name : names) {
                if (key.equals(name)) {
                    return present;
                }
            }
        }
        return null;
    }

    private static String value(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column) : "";
    }

    /**
     * Spreadsheets often save UTF-8 with a byte-order mark; it is not part of the first column's name. Bytes that are
     * not UTF-8 are reported (MalformedInputException), never replaced, so a file in another encoding is refused.
     */
    private static Reader utf8(InputStream csv) throws IOException {
        InputStream withoutBom = BOMInputStream.builder().setInputStream(csv).get();
        return new BufferedReader(new InputStreamReader(withoutBom, StandardCharsets.UTF_8.newDecoder()));
    }
}
