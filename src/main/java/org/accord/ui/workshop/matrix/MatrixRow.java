package org.accord.ui.workshop.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.accord.domain.Activity;
import org.accord.domain.Workshop;

/** A row of the matrix grid: a group heading, or an activity under it. */
public sealed interface MatrixRow {
    record GroupHeading(String group) implements MatrixRow {
    }

    record ActivityRow(UUID activityId) implements MatrixRow {
    }

    /** The grid's rows for a workshop: each group heading followed by its activities, in screen order. */
    static List<MatrixRow> of(Workshop workshop) {
        List<MatrixRow> rows = new ArrayList<>();
        for (String group : workshop.groups()) {
            rows.add(new GroupHeading(group));
            for (Activity activity : workshop.activitiesIn(group)) {
                rows.add(new ActivityRow(activity.id()));
            }
        }
        return rows;
    }
}
