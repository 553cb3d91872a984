package org.accord.domain.guide;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.MatrixChecks;
import org.accord.domain.Workshop;
import org.accord.domain.guide.BlindEntry.SettledBy;

/**
 * The end of the workshop on one page: the rows agreed, the disputes still open, how the blind entry's differences
 * were settled, the action items and the time each step took. The wrap-up screen and the hand-outs read it.
 */
public record WrapUp(List<Activity> agreed, List<Activity> disputed, List<Activity> stillOpen, boolean blindRevealed,
                     int differences, long settledByCio, long settledByCmo, long settledOther,
                     List<ActionItem> actions, List<StepTime> times, WorkingAgreement working,
                     Map<UUID, List<String>> agreedWithOpenFindings) {

    /** Planned against actual minutes of one step. */
    public record StepTime(String title, int plannedMinutes, Duration spent, boolean skipped) {
        public boolean over() {
            return spent.compareTo(Duration.ofMinutes(plannedMinutes)) > 0;
        }

        /** "12:05 of 10 min", as the wrap-up, the PDF and the CSV show it. */
        public String spentOfPlanned() {
            return minutesAndSeconds(spent) + " of " + plannedMinutes + " min";
        }

        /** "Goals side by side: 12:05 of 10 min", with "(skipped)" for a skipped step. */
        public String line() {
            return title + ": " + spentOfPlanned() + (skipped ? " (skipped)" : "");
        }
    }

    public static WrapUp of(Workshop workshop, Instant now) {
        Guide guide = workshop.guide();
        BlindEntry blind = guide.blindEntry();
        List<StepTime> times = guide.steps().stream().map(s -> new StepTime(s.title(), s.plannedMinutes(),
                guide.clock(s.id()).spentTotal(now), s.skipped())).toList();
        int differences = blind.revealed() ? workshop.blindDifferences().size() : 0;
        List<Activity> agreed = withStatus(workshop, ActivityStatus.AGREED);
        Map<UUID, List<String>> withFindings = new LinkedHashMap<>();
        for (Activity a : agreed) {
            List<String> problems = MatrixChecks.rowProblems(workshop, a.id());
            if (!problems.isEmpty()) {
                withFindings.put(a.id(), problems);
            }
        }
        return new WrapUp(agreed, withStatus(workshop, ActivityStatus.DISPUTED),
                withStatus(workshop, ActivityStatus.OPEN), blind.revealed(), differences,
                blind.settledBy(SettledBy.CIO_VIEW), blind.settledBy(SettledBy.CMO_VIEW), blind.settledBy(SettledBy.OTHER),
                guide.actions(), times, guide.working(), Map.copyOf(withFindings));
    }

    /**
     * How an agreed row reads in the wrap-up and the hand-out: its name, and, when its letters still break a rule,
     * "agreed with open findings" and what they are, so a row with two Accountables never looks settled.
     */
    public String agreedLine(Activity activity) {
        List<String> problems = agreedWithOpenFindings.getOrDefault(activity.id(), List.of());
        return problems.isEmpty() ? activity.name()
                : activity.name() + " (agreed with open findings: " + String.join("; ", problems) + ")";
    }

    /** How the blind entry's differences were settled, in one sentence; empty if it was never revealed. */
    public Optional<String> blindSummary() {
        if (!blindRevealed) {
            return Optional.empty();
        }
        return Optional.of(differences + (differences == 1 ? " cell differed" : " cells differed")
                + " between the CIO's and the CMO's views: " + settledByCio + " settled with the CIO's letter, "
                + settledByCmo + " with the CMO's, " + settledOther + " with another answer, " + unsettled()
                + " still open.");
    }

    public long unsettled() {
        return Math.max(0, differences - settledByCio - settledByCmo - settledOther);
    }

    public Duration totalSpent() {
        return times.stream().map(StepTime::spent).reduce(Duration.ZERO, Duration::plus);
    }

    public int totalPlannedMinutes() {
        return times.stream().filter(t -> !t.skipped()).mapToInt(StepTime::plannedMinutes).sum();
    }

    private static List<Activity> withStatus(Workshop workshop, ActivityStatus status) {
        return workshop.activities().stream().filter(a -> a.status() == status).toList();
    }

    /** "12:05" for twelve minutes and five seconds; "-1:30" when over by a minute and a half. */
    public static String minutesAndSeconds(Duration d) {
        long seconds = d.getSeconds();
        String sign = seconds < 0 ? "-" : "";
        seconds = Math.abs(seconds);
        return sign + (seconds / 60) + ":" + String.format("%02d", seconds % 60);
    }
}
