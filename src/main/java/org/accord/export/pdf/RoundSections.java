package org.accord.export.pdf;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.accord.domain.Moments;
import org.accord.domain.round.Change;
import org.accord.domain.round.Round;
import org.accord.domain.round.RoundComparison;
import org.accord.domain.round.SignOff;

/**
 * The hand-out's last part once a round is closed: "Changes since Round N" (left out when nothing changed), then the
 * sign-off block of the round, with a line for each signature.
 */
final class RoundSections {
    private static final float SIZE = 8.5f;
    /** Who signs when the round recorded no sign-offs (a round made from a file saved before rounds existed). */
    private static final List<String> LEADERS = List.of("CIO", "CMO");

    private final PageFlow flow;
    private final RoundComparison rounds;
    private final ZoneId zone;
    private final DateTimeFormatter when;

    RoundSections(PageFlow flow, RoundComparison rounds, ZoneId zone) {
        this.flow = flow;
        this.rounds = rounds;
        this.zone = zone;
        this.when = Moments.toTheMinute(zone);
    }

    void draw() throws IOException {
        changes();
        signOff();
    }

    private void changes() throws IOException {
        List<Change> changes = rounds.changes();
        if (changes.isEmpty()) {
            return;
        }
        PdfReport.heading(flow, rounds.title() + " (" + changes.size() + ")");
        flow.paragraph("Since " + rounds.from().heading(zone) + ": before → after, and when it was saved.", 7.5f,
                false, Ink.MUTED, 0);
        flow.space(2);
        for (Change c : changes) {
            flow.bullet(c.kind().label() + " · " + c.what() + ": " + c.beforeAfter()
                    + (c.when() == null ? "" : "  (" + when.format(c.when()) + ")"), SIZE, Ink.TEXT);
        }
    }

    private void signOff() throws IOException {
        Round round = rounds.from();
        List<SignOff> signed = round.signOffs();
        int lines = signed.isEmpty() ? LEADERS.size() : signed.size();
        PdfReport.heading(flow, "Sign-off");
        flow.ensure(30 + lines * 46f); // the block stays together on one page
        flow.paragraph(round.heading(zone) + ". Signed for the round as agreed; the changes above came after it.",
                SIZE, false, Ink.TEXT, 0);
        flow.space(6);
        if (signed.isEmpty()) {
            for (String leader : LEADERS) {
                signatureLine(leader, "", "");
            }
        }
        for (SignOff s : signed) {
            signatureLine(s.role(), s.name(), s.signedOn().toString());
        }
    }

    private void signatureLine(String role, String name, String date) throws IOException {
        flow.space(22);
        float left = flow.left();
        float lineEnd = left + Math.min(260, flow.width() * 0.55f);
        flow.line(left, flow.y, lineEnd, flow.y, 0.6f, Ink.TEXT);
        float dateLeft = lineEnd + 24;
        flow.line(dateLeft, flow.y, dateLeft + 110, flow.y, 0.6f, Ink.TEXT);
        flow.text(name.isEmpty() ? "Signature" : "Signature · " + name, left, flow.y - 9, 7.5f, false, Ink.MUTED);
        flow.text("Date" + (date.isEmpty() ? "" : " · " + date), dateLeft, flow.y - 9, 7.5f, false, Ink.MUTED);
        flow.y -= 12;
        flow.paragraph(role, SIZE, true, Ink.TEXT, 0);
    }
}
