package org.accord.export.pdf;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.accord.domain.Activity;
import org.accord.domain.Moments;
import org.accord.domain.Role;
import org.accord.domain.Workshop;
import org.accord.domain.guide.ActionItem;
import org.accord.domain.guide.Goal;
import org.accord.domain.guide.Guide;
import org.accord.domain.guide.PerceptionCheck;
import org.accord.domain.guide.PortfolioReview;
import org.accord.domain.guide.StageCheck;
import org.accord.domain.guide.WrapUp;

/**
 * The hand-out's second half: what the guided workshop agreed and found, from the same {@link WrapUp} the wrap-up
 * screen shows. Agreements and action items first (what people take away), then the record of the session.
 */
final class GuideSections {
    private static final float SIZE = 8.5f;

    private final PageFlow flow;
    private final Workshop workshop;
    private final Guide guide;
    private final WrapUp wrap;
    private final DateTimeFormatter when;

    GuideSections(PageFlow flow, Workshop workshop, Instant madeAt, ZoneId zone) {
        this.flow = flow;
        this.workshop = workshop;
        this.guide = workshop.guide();
        this.wrap = WrapUp.of(workshop, madeAt);
        this.when = Moments.toTheMinute(zone);
    }

    void draw() throws IOException {
        agreements();
        actions();
        record();
    }

    private void agreements() throws IOException {
        PdfReport.heading(flow, "Agreements (" + wrap.agreed().size() + " of " + workshop.activities().size() + " rows agreed)");
        for (Activity a : wrap.agreed()) {
            flow.bullet(a.name() + guide.agreement(a.id()).map(x -> " — agreed by " + x.agreedBy() + ", "
                    + when.format(x.agreedAt())).orElse(""), SIZE, Ink.TEXT);
        }
        if (!wrap.disputed().isEmpty()) {
            flow.paragraph("Still disputed: " + names(wrap.disputed()), SIZE, true, Ink.DISPUTED, 0);
        }
        var working = wrap.working();
        flow.space(3);
        subheading("Working agreement");
        flow.bullet(working.cadenceMinutesPerWeek() == 0 ? "Meeting cadence: not agreed yet." : working.cadenceText(),
                SIZE, Ink.TEXT);
        flow.bullet("Escalation path: " + (working.escalationPath().isEmpty() ? "not agreed yet." : working.escalationPath()),
                SIZE, Ink.TEXT);
        flow.bullet("Next review: " + (working.nextReview() == null ? "no date yet." : working.nextReview().toString()),
                SIZE, Ink.TEXT);
    }

    private void actions() throws IOException {
        PdfReport.heading(flow, "Action items (" + wrap.actions().size() + ")");
        if (wrap.actions().isEmpty()) {
            flow.paragraph("None recorded.", SIZE, false, Ink.MUTED, 0);
        }
        for (ActionItem a : wrap.actions()) {
            flow.bullet((a.done() ? "[done] " : "") + a.what() + " — " + a.owner() + (a.due() == null ? "" : ", due " + a.due()),
                    SIZE, Ink.TEXT);
        }
    }

    private void record() throws IOException {
        PdfReport.heading(flow, "Workshop record");
        List<PerceptionCheck.Bar> bars = PerceptionCheck.bars(guide.participants());
        subheading("Perception check (" + guide.participants().stream().filter(p -> p.present()).count()
                + " present)");
        for (PerceptionCheck.Bar bar : bars) {
            flow.bullet(bar.label() + ": " + (bar.room().isPresent() ? Math.round(bar.room().getAsDouble()) + "% here ("
                    + bar.answered() + " answered)" : "no answers here") + "; " + Math.round(bar.published()) + "% in the "
                    + bar.source() + ".", SIZE, Ink.TEXT);
        }
        subheading("Goals that serve the same end");
        if (guide.goalLinks().isEmpty()) {
            flow.paragraph("No goals linked.", SIZE, false, Ink.MUTED, 0);
        }
        for (var link : guide.goalLinks()) {
            flow.bullet("CIO: " + goal(link.cioGoal()) + "  ⟷  CMO: " + goal(link.cmoGoal()), SIZE, Ink.TEXT);
        }
        subheading("Blind entry");
        flow.paragraph(wrap.blindSummary().orElse("Not used or not revealed."), SIZE, false, Ink.TEXT, 0);
        subheading("Test case" + (guide.campaign().name().isEmpty() ? "" : ": " + guide.campaign().name()));
        if (guide.campaign().stages().stream().allMatch(st -> st.activityIds().isEmpty())) {
            flow.paragraph("No stage was walked through the matrix.", SIZE, false, Ink.MUTED, 0);
        }
        for (StageCheck.StageOwners stage : StageCheck.run(workshop)) {
            if (stage.verdict() == StageCheck.Verdict.NOT_MAPPED && guide.campaign().stages().stream()
                    .allMatch(st -> st.activityIds().isEmpty())) {
                break; // one line above says it; seven red "not mapped" lines would only be noise on the hand-out
            }
            flow.bullet(stage.stage().name() + " — A: " + labels(stage.accountable()) + "; R: " + labels(stage.responsible())
                    + (stage.verdict().flagged() ? ". " + stage.verdict().text() : "."), SIZE,
                    stage.verdict().flagged() ? Ink.DISPUTED : Ink.TEXT);
        }
        subheading("Portfolio review");
        var gaps = PortfolioReview.gaps(workshop);
        var overlaps = PortfolioReview.overlaps(workshop);
        flow.paragraph("Gaps (nobody owns it): " + (gaps.isEmpty() ? "none" : gaps.stream()
                .map(i -> i.name() + " (" + i.portfolio().label() + ")").collect(Collectors.joining("; "))) + ".",
                SIZE, false, Ink.TEXT, 0);
        flow.paragraph("Overlaps (both portfolios claim it): " + (overlaps.isEmpty() ? "none" : overlaps.stream()
                .map(PortfolioReview.Overlap::name).collect(Collectors.joining("; "))) + ".", SIZE, false, Ink.TEXT, 0);
        subheading("Time per step");
        for (WrapUp.StepTime t : wrap.times()) {
            flow.bullet(t.line(), SIZE, t.over() ? Ink.DISPUTED : Ink.TEXT);
        }
    }

    private void subheading(String text) throws IOException {
        flow.space(4);
        flow.ensure(30); // never alone at the foot of a page
        flow.paragraph(text, SIZE + 1, true, Ink.TEXT, 0);
        flow.space(1);
    }

    private String goal(java.util.UUID id) {
        return guide.goal(id).map(Goal::text).orElse("?");
    }

    private static String names(List<Activity> activities) {
        return activities.stream().map(Activity::name).collect(Collectors.joining("; "));
    }

    private static String labels(List<Role> roles) {
        return roles.isEmpty() ? "none" : roles.stream().map(Role::shortLabel).collect(Collectors.joining(", "));
    }
}
