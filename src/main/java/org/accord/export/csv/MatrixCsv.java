package org.accord.export.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.accord.domain.Activity;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Workshop;

/**
 * The matrix as a CSV table: {@code Group, Activity, <one column per role>, Rationale, Status}, one row per activity
 * in screen order, written like every CSV hand-out ({@link CsvTable}).
 */
public final class MatrixCsv {
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
        List<List<String>> rows = new ArrayList<>();
        for (Activity activity : workshop.activities()) {
            List<String> row = new ArrayList<>();
            row.add(activity.group());
            row.add(activity.name());
            for (Role role : workshop.roles()) {
                row.add(workshop.letter(activity.id(), role.id()).map(Raci::letter).orElse(""));
            }
            row.add(activity.rationale());
            row.add(activity.status().label());
            rows.add(row);
        }
        CsvTable.write(out, header(workshop), rows);
    }
}
