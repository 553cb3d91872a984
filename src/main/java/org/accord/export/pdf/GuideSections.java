package org.accord.export.pdf;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.accord.domain.Activity;
import org.accord.domain.Moments;
import org.accord.domain.Workshop;
import org.accord.domain.guide.ActionItem;
import org.accord.domain.guide.Guide;
import org.accord.domain.guide.WorkshopRecord;
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
            flow.bullet(wrap.agreedLine(a) + guide.agreement(a.id()).map(x -> " — agreed by " + x.agreedBy() + ", "
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
        for (WorkshopRecord.Section section : WorkshopRecord.of(workshop, wrap).sections()) {
            subheading(section.heading());
            for (WorkshopRecord.Line line : section.lines()) {
                if (line.muted()) {
                    flow.paragraph(line.text(), SIZE, false, Ink.MUTED, 0);
                } else {
                    flow.bullet(line.text(), SIZE, line.flagged() ? Ink.DISPUTED : Ink.TEXT);
                }
            }
        }
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

    private static String names(List<Activity> activities) {
        return activities.stream().map(Activity::name).collect(Collectors.joining("; "));
    }
}
