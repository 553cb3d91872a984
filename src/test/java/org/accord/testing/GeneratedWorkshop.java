package org.accord.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Side;
import org.accord.domain.Workshop;
import org.accord.domain.WorkshopDetails;

/**
 * Workshops of any size for tests and benchmarks: realistic names (some long, some in other scripts), every row
 * with one A and one or two R, some C and I, a rationale on every fifth row, a few disputed rows. Deterministic.
 */
public final class GeneratedWorkshop {
    private static final String[] GROUPS = {"Strategy", "Data", "Sourcing", "Delivery", "Run and measure"};
    private static final String[] TOPICS = {"customer data analytics", "vendor selection", "campaign delivery",
            "martech roadmap", "privacy review", "lead scoring", "web platform", "consent management",
            "app development", "performance measurement", "content operations", "loyalty programme"};
    private static final String[] PEOPLE = {"Łukasz", "Ελένη", "Ольга", "王芳", "Zoë", "Ana"};

    private GeneratedWorkshop() {
    }

    public static Workshop of(int activities, int roles) {
        Random random = new Random(activities * 1000L + roles);
        List<Role> roleList = new ArrayList<>();
        for (int r = 0; r < roles; r++) {
            String label = r == 0 ? "CIO" : r == 1 ? "CMO" : "R" + (r + 1);
            String name = r == 0 ? "Chief Information Officer" : r == 1 ? "Chief Marketing Officer"
                    : "Lead " + (r + 1) + " " + PEOPLE[r % PEOPLE.length];
            roleList.add(Role.create(name, label, Side.values()[r % Side.values().length]));
        }
        List<Activity> activityList = new ArrayList<>();
        for (int a = 0; a < activities; a++) {
            String group = GROUPS[a * GROUPS.length / Math.max(1, activities)];
            String name = (a + 1) + ". " + capitalise(TOPICS[a % TOPICS.length])
                    + (a % 7 == 0 ? " across every channel, region and brand, including the partner-run stores and"
                    + " the franchise network" : "")
                    + (a % 11 == 0 ? " with " + PEOPLE[a % PEOPLE.length] : "");
            Activity activity = Activity.create(name, "Generated activity " + (a + 1), group);
            if (a % 5 == 0) {
                activity = activity.withRationale("Marketing owns the outcome because it owns the budget; IT runs the "
                        + "platform and is consulted on every change to the data model. Row " + (a + 1) + ".");
            }
            if (a % 13 == 0) {
                activity = activity.withStatus(ActivityStatus.DISPUTED);
            } else if (a % 3 == 0) {
                activity = activity.withStatus(ActivityStatus.AGREED);
            }
            activityList.add(activity);
        }
        WorkshopDetails details = new WorkshopDetails("Generated " + activities + "×" + roles, "Acme Retail",
                LocalDate.of(2026, 11, 22), "Pat Facilitator", "");
        Workshop w = Workshop.create(details, Instant.parse("2026-11-22T09:00:00Z"), List.of(GROUPS), roleList, activityList);
        for (Activity activity : w.activities()) {
            int accountable = random.nextInt(roles);
            int responsible = (accountable + 1 + random.nextInt(Math.max(1, roles - 1))) % roles;
            for (int r = 0; r < roles; r++) {
                Raci letter = r == accountable ? Raci.A : r == responsible ? Raci.R
                        : random.nextInt(6) == 0 ? Raci.C : random.nextInt(5) == 0 ? Raci.I : null;
                if (letter != null) {
                    w = w.withLetter(activity.id(), roleList.get(r).id(), letter);
                }
            }
        }
        // Generated workshops stand for one in mid-session: open on the "who does what" step, with the grid.
        var matrixStep = w.guide().steps().stream()
                .filter(s -> s.kind() == org.accord.domain.guide.StepKind.MATRIX).findFirst().orElseThrow();
        w = w.withGuide(w.guide().jumpTo(matrixStep.id(), Instant.parse("2026-11-22T09:00:00Z")));
        return w;
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
