package org.accord.domain.guide;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The guide every new workshop starts with: the method's eight steps with their purpose and planned minutes (90 in
 * all), and both leaders' top-five goals from the 2010 surveys as an example the room edits.
 *
 * <p>It is one value: its steps, goals and campaign stages have ids derived from their names, not random ones, so a
 * workshop's guide that still equals it is recognisably untouched ({@link #isStandard}). The store keeps no document
 * for such a guide, and opening the workshop reads no JSON.
 */
public final class StandardGuide {
    public static final List<String> CIO_GOALS_2010 = List.of(
            "Improve end-user workforce productivity",
            "Lower the company's overall operating costs",
            "Re-engineer core business processes",
            "Improve quality of products and/or processes",
            "Innovative new market offerings or business practices");
    public static final List<String> CMO_GOALS_2010 = List.of(
            "Digital marketing makeover (platforms, programs, people)",
            "Sales and marketing organization alignment",
            "Customer data integration and analytics",
            "Marketing performance measurement",
            "Lead qualification and harvesting system");

    private StandardGuide() {
    }

    private static final Guide STANDARD = build();

    /** The standard guide (the same value every time: guides are immutable). */
    public static Guide create() {
        return STANDARD;
    }

    /** Whether this guide is the standard one, untouched. */
    public static boolean isStandard(Guide guide) {
        return STANDARD.equals(guide);
    }

    /** A fixed id for one part of the standard guide, derived from what it is. */
    static UUID fixedId(String part) {
        return UUID.nameUUIDFromBytes(("Accord standard guide: " + part).getBytes(StandardCharsets.UTF_8));
    }

    private static Guide build() {
        List<AgendaStep> steps = Stream.of(
                step(StepKind.PERCEPTION, "Welcome and perception check",
                        "Who is in the room, and who each side thinks leads the digital agenda today.", 10),
                step(StepKind.GOALS, "Goals side by side",
                        "List the CIO's and the CMO's goals and link the ones that serve the same end.", 10),
                step(StepKind.INVENTORY, "Overlap inventory",
                        "List the work where marketing and IT overlap: one row per activity.", 10),
                step(StepKind.MATRIX, "Who does what, and why",
                        "For each activity, one A, at least one R, and the reason written down.", 25),
                step(StepKind.CAMPAIGN, "Test case: a digital campaign",
                        "Walk an upcoming campaign through the matrix: every stage needs one owner.", 10),
                step(StepKind.PORTFOLIO, "Portfolio gaps and overlaps",
                        "Find the initiatives nobody owns and those both sides think they own.", 10),
                step(StepKind.AGREEMENTS, "Agreements, cadence and action items",
                        "Agree each row, how the leaders will meet, and who does what next, by when.", 10),
                step(StepKind.WRAP_UP, "Wrap-up",
                        "What was agreed, what is still open, and what happens next.", 5)).toList();
        List<Goal> goals = Stream.concat(
                CIO_GOALS_2010.stream().map(g -> goal(Leader.CIO, g)),
                CMO_GOALS_2010.stream().map(g -> goal(Leader.CMO, g))).toList();
        return new Guide(new Agenda(steps, null), List.of(), new LeaderGoals(goals, List.of()), BlindEntry.NOT_STARTED,
                Campaign.standard(), List.of(), Commitments.NONE);
    }

    private static AgendaStep step(StepKind kind, String title, String purpose, int plannedMinutes) {
        return new AgendaStep(fixedId("step " + kind), kind, title, purpose, plannedMinutes, false, "");
    }

    private static Goal goal(Leader leader, String text) {
        return new Goal(fixedId("goal " + leader + " " + text), leader, text);
    }
}
