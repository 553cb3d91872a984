package org.accord.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The live checks of a RACI matrix, recomputed after every edit. Pure functions of the workshop.
 *
 * <p>A cell holds one letter, so an Accountable role that also does the work is shown by giving another cell of
 * the row an R, or by the facilitator accepting the "no R" finding; the legend says so.
 */
public final class MatrixChecks {
    private MatrixChecks() {
    }

    /** A role is overloaded when it is Accountable for more than this share of the activities. */
    public static final double OVERLOAD_SHARE = 0.5;

    /** Below this many activities one role owning them all is normal, not an overload. */
    public static final int OVERLOAD_MIN_ACTIVITIES = 3;

    public static List<Finding> run(Workshop workshop) {
        List<Finding> findings = new ArrayList<>();
        // One pass over the letters counts them per activity; the checks run after every keystroke.
        Map<java.util.UUID, int[]> perActivity = new java.util.HashMap<>();
        workshop.letters().forEach((cell, letter) ->
                perActivity.computeIfAbsent(cell.activityId(), id -> new int[Raci.values().length])[letter.ordinal()]++);
        int[] none = new int[Raci.values().length];
        for (Activity activity : workshop.activities()) {
            checkActivity(workshop, activity, perActivity.getOrDefault(activity.id(), none), findings);
        }
        checkRoles(workshop, findings);
        return List.copyOf(findings);
    }

    /**
     * What breaks the rules in one row's letters (no or several Accountables, no Responsible, too many Consulted):
     * the problems that agreeing the row does not settle, in short words ("2 Accountables (A)", "no Responsible
     * (R)"). A "disputed" mark is not among them, since agreeing ends it.
     */
    public static List<String> rowProblems(Workshop workshop, java.util.UUID activityId) {
        return workshop.activity(activityId).map(activity -> {
            String prefix = "\"" + activity.name() + "\" has ";
            return run(workshop).stream()
                    .filter(f -> activityId.equals(f.activityId()) && f.kind() != FindingKind.DISPUTED)
                    .map(f -> shortProblem(f.problem(), prefix)).toList();
        }).orElse(List.of());
    }

    private static String shortProblem(String problem, String prefix) {
        String p = problem.startsWith(prefix) ? problem.substring(prefix.length()) : problem;
        return p.endsWith(".") ? p.substring(0, p.length() - 1) : p;
    }

    private static void checkActivity(Workshop workshop, Activity activity, int[] letters, List<Finding> findings) {
        Map<Raci, Integer> counts = new EnumMap<>(Raci.class);
        for (Raci letter : Raci.values()) {
            counts.put(letter, letters[letter.ordinal()]);
        }
        String name = "\"" + activity.name() + "\"";
        int accountable = counts.get(Raci.A);
        if (accountable == 0) {
            findings.add(new Finding(FindingKind.NO_ACCOUNTABLE, activity.id(), null,
                    name + " has no Accountable (A).", "Give exactly one role an A: the one who signs it off."));
        } else if (accountable > 1) {
            findings.add(new Finding(FindingKind.SEVERAL_ACCOUNTABLE, activity.id(), null,
                    name + " has " + accountable + " Accountables (A).",
                    "Keep one A; make the others R or C."));
        }
        if (counts.get(Raci.R) == 0) {
            findings.add(new Finding(FindingKind.NO_RESPONSIBLE, activity.id(), null,
                    name + " has no Responsible (R).", "Give at least one role an R: who does the work."));
        }
        int consulted = counts.get(Raci.C);
        if (consulted > workshop.consultedLimit()) {
            findings.add(new Finding(FindingKind.TOO_MANY_CONSULTED, activity.id(), null,
                    name + " has " + consulted + " Consulted (C), more than the limit of " + workshop.consultedLimit() + ".",
                    "Decisions may stall: turn some C into I."));
        }
        if (activity.status() == ActivityStatus.DISPUTED) {
            findings.add(new Finding(FindingKind.DISPUTED, activity.id(), null,
                    name + " is marked disputed.", "Settle who owns it, then mark it agreed."));
        }
    }

    private static void checkRoles(Workshop workshop, List<Finding> findings) {
        int activities = workshop.activities().size();
        if (activities == 0) {
            return;
        }
        int threshold = overloadThreshold(activities);
        for (RoleLoad load : loadSummary(workshop)) {
            Role role = load.role();
            if (activities >= OVERLOAD_MIN_ACTIVITIES && load.accountable() > threshold) {
                findings.add(new Finding(FindingKind.ACCOUNTABLE_OVERLOAD, null, role.id(),
                        role.name() + " is Accountable for " + load.accountable() + " of " + activities
                                + " activities (more than half: over " + threshold + ").",
                        "Spread ownership: hand some A to another role."));
            }
            if (load.total() == 0) {
                findings.add(new Finding(FindingKind.UNUSED_ROLE, null, role.id(),
                        role.name() + " has no letter anywhere.",
                        "Give it a letter where it takes part, or remove the role."));
            }
        }
    }

    /** The most activities a role may be Accountable for before it counts as overloaded. */
    public static int overloadThreshold(int activities) {
        return (int) Math.floor(activities * OVERLOAD_SHARE);
    }

    /** Counts of R, A, C and I per role, in column order. */
    public static List<RoleLoad> loadSummary(Workshop workshop) {
        Map<java.util.UUID, int[]> perRole = new java.util.HashMap<>();
        workshop.letters().forEach((cell, letter) ->
                perRole.computeIfAbsent(cell.roleId(), id -> new int[Raci.values().length])[letter.ordinal()]++);
        List<RoleLoad> loads = new ArrayList<>();
        for (Role role : workshop.roles()) {
            int[] counts = perRole.getOrDefault(role.id(), new int[Raci.values().length]);
            loads.add(new RoleLoad(role, counts[Raci.R.ordinal()], counts[Raci.A.ordinal()], counts[Raci.C.ordinal()],
                    counts[Raci.I.ordinal()]));
        }
        return loads;
    }
}
