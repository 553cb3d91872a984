package org.accord.export.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.accord.domain.Activity;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Workshop;
import org.accord.domain.guide.ActionItem;
import org.accord.domain.guide.BlindEntry;
import org.accord.domain.guide.Guide;
import org.accord.domain.guide.WorkingAgreement;
import org.accord.domain.guide.WrapUp;

/**
 * The workshop's agreements as one CSV table a spreadsheet can filter: every activity's status with who agreed it
 * and when, the working agreement, the action items, how each blind-entry difference was settled and the time per
 * step. One long table ({@code Section, Item, Who, Date, Status, Detail}) rather than five files, so it travels as
 * one hand-out; the Section column tells the parts apart. Dates are ISO ({@code 2026-11-22}, agreements with the
 * time), which every spreadsheet reads as a date.
 */
public final class AgreementsCsv {
    public static final List<String> HEADER = List.of("Section", "Item", "Who", "Date", "Status", "Detail");

    public static final String ACTIVITY = "Activity";
    public static final String WORKING_AGREEMENT = "Working agreement";
    public static final String ACTION_ITEM = "Action item";
    public static final String BLIND_ENTRY = "Blind entry difference";
    public static final String STEP_TIME = "Time per step";

    private AgreementsCsv() {
    }

    public static void write(Workshop workshop, Instant now, ZoneId zone, OutputStream out) throws IOException {
        CsvTable.write(out, HEADER, rows(workshop, now, zone));
    }

    /** The table's rows under {@link #HEADER}, as the CSV and the spreadsheet's agreements sheet both write them. */
    public static List<List<String>> rows(Workshop workshop, Instant now, ZoneId zone) {
        DateTimeFormatter agreedAt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        Guide guide = workshop.guide();
        List<List<String>> rows = new ArrayList<>();
        for (Activity a : workshop.activities()) {
            var agreement = guide.agreement(a.id());
            rows.add(List.of(ACTIVITY, a.name(), agreement.map(x -> x.agreedBy()).orElse(""),
                    agreement.map(x -> agreedAt.format(x.agreedAt())).orElse(""), a.status().label(), a.rationale()));
        }
        WorkingAgreement working = guide.working();
        rows.add(List.of(WORKING_AGREEMENT, "Meeting cadence", "CIO and CMO", "", agreedOrNot(working.cadenceMinutesPerWeek() > 0),
                working.cadenceText()));
        rows.add(List.of(WORKING_AGREEMENT, "Escalation path", "", "", agreedOrNot(!working.escalationPath().isEmpty()),
                working.escalationPath()));
        rows.add(List.of(WORKING_AGREEMENT, "Next review", "", working.nextReview() == null ? "" : working.nextReview().toString(),
                agreedOrNot(working.nextReview() != null), ""));
        for (ActionItem item : guide.actions()) {
            rows.add(List.of(ACTION_ITEM, item.what(), item.owner(), item.due() == null ? "" : item.due().toString(),
                    item.statusLabel(), ""));
        }
        if (guide.blindEntry().revealed()) {
            for (BlindEntry.Difference d : workshop.blindDifferences()) {
                var settlement = guide.blindEntry().settlement(d.activityId(), d.roleId());
                rows.add(List.of(BLIND_ENTRY, activityName(workshop, d.activityId()), roleLabel(workshop, d.roleId()), "",
                        settlement.map(s -> "Settled: " + s.by().label()).orElse("Open"),
                        "CIO: " + letter(d.cio()) + "; CMO: " + letter(d.cmo())
                                + settlement.map(s -> "; agreed: " + letter(s.agreed())).orElse("")));
            }
        }
        for (WrapUp.StepTime t : WrapUp.of(workshop, now).times()) {
            rows.add(List.of(STEP_TIME, t.title(), "", "", t.skipped() ? "Skipped" : t.over() ? "Over time" : "",
                    t.spentOfPlanned()));
        }
        return rows;
    }

    private static String agreedOrNot(boolean agreed) {
        return agreed ? "Agreed" : "Not agreed yet";
    }

    private static String letter(Raci letter) {
        return letter == null ? "empty" : letter.letter();
    }

    private static String activityName(Workshop workshop, UUID id) {
        return workshop.activity(id).map(Activity::name).orElse("");
    }

    private static String roleLabel(Workshop workshop, UUID id) {
        return workshop.role(id).map(Role::shortLabel).orElse("");
    }
}
