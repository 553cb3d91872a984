package org.accord.domain.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.domain.Names;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;

/**
 * Gaps and overlaps between the two portfolios. A gap is an initiative nobody owns: none of its activities has an
 * Accountable role (or it has no activity at all). An overlap is an initiative both think they own: the same name,
 * compared as names are, appears in the IT and in the marketing portfolio.
 */
public final class PortfolioReview {
    /** One initiative claimed by both portfolios, with the entry from each. */
    public record Overlap(String name, Initiative it, Initiative marketing) {
    }

    private PortfolioReview() {
    }

    public static List<Initiative> gaps(Workshop workshop) {
        return workshop.guide().initiatives().stream().filter(i -> !owned(workshop, i)).toList();
    }

    public static List<Overlap> overlaps(Workshop workshop) {
        Map<String, Initiative> itByName = new LinkedHashMap<>();
        for (Initiative i : workshop.guide().initiatives()) {
            if (i.portfolio() == Portfolio.IT) {
                itByName.putIfAbsent(Names.key(i.name()), i);
            }
        }
        List<Overlap> overlaps = new ArrayList<>();
        for (Initiative i : workshop.guide().initiatives()) {
            Initiative it = itByName.get(Names.key(i.name()));
            if (i.portfolio() == Portfolio.MARKETING && it != null) {
                overlaps.add(new Overlap(it.name(), it, i));
            }
        }
        return overlaps;
    }

    private static boolean owned(Workshop workshop, Initiative initiative) {
        return initiative.activityIds().stream().anyMatch(activity -> workshop.roles().stream()
                .anyMatch(role -> workshop.letter(activity, role.id()).orElse(null) == Raci.A));
    }
}
