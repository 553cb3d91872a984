package org.accord.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.accord.domain.Activity;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Side;
import org.accord.domain.Workshop;
import org.accord.domain.WorkshopDetails;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.testing.GeneratedWorkshop;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Puts a workshop into a data folder for the measurements the README's Performance section describes, and prints its
 * id. {@code BenchData DIR} writes the generated 300×12 workshop (names in five scripts, rationale, disputed rows);
 * {@code BenchData DIR MATRIX.csv} writes the matrix of a CSV in the layout of the peer's {@code make_matrix.py}
 * (a header "Activity, role, role, …", then one row per activity with R, A, C, I or nothing), so Accord and
 * LibreOffice turn exactly the same matrix into a PDF.
 */
public final class BenchData {
    private BenchData() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BenchData DATA_FOLDER [MATRIX.csv]");
            System.exit(2);
        }
        Workshop workshop = args.length == 2 ? fromMatrixCsv(Path.of(args[1])) : GeneratedWorkshop.of(300, 12);
        try (H2WorkshopStore store = H2WorkshopStore.open(Path.of(args[0]))) {
            System.out.println(store.create(workshop).id());
        }
    }

    static Workshop fromMatrixCsv(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
            List<CSVRecord> records = parser.getRecords();
            CSVRecord header = records.get(0);
            List<Role> roles = new ArrayList<>();
            Set<String> labels = new HashSet<>();
            for (int column = 1; column < header.size(); column++) {
                String name = header.get(column);
                roles.add(Role.create(name, uniqueInitials(name, labels), Side.BUSINESS));
            }
            String group = "Activities";
            List<Activity> activities = new ArrayList<>();
            for (CSVRecord row : records.subList(1, records.size())) {
                activities.add(Activity.create(row.get(0), "", group));
            }
            String title = csv.getFileName().toString().replaceFirst("\\.csv$", "");
            Workshop w = Workshop.create(new WorkshopDetails(title, "", LocalDate.of(2026, 11, 22), "", ""),
                    Instant.parse("2026-11-22T09:00:00Z"), List.of(group), roles, activities);
            for (int r = 1; r < records.size(); r++) {
                CSVRecord row = records.get(r);
                for (int column = 1; column < row.size(); column++) {
                    String letter = row.get(column).strip();
                    if (!letter.isEmpty()) {
                        w = w.withLetter(w.activities().get(r - 1).id(), roles.get(column - 1).id(),
                                Raci.valueOf(letter.toUpperCase(Locale.ROOT)));
                    }
                }
            }
            return w;
        }
    }

    /** "Solution Architect" becomes "SA"; a second "SA" becomes "SA2". */
    private static String uniqueInitials(String name, Set<String> taken) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            initials.appendCodePoint(word.codePointAt(0));
        }
        String label = initials.toString().toUpperCase(Locale.ROOT);
        String unique = label;
        for (int n = 2; !taken.add(unique); n++) {
            unique = label + n;
        }
        return unique;
    }
}
