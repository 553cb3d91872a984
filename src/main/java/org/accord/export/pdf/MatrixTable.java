package org.accord.export.pdf;

import static org.accord.export.pdf.PdfReport.HEADER_LABEL_SIZE;
import static org.accord.export.pdf.PdfReport.LETTER_SIZE;
import static org.accord.export.pdf.PdfReport.NAME_LEADING;
import static org.accord.export.pdf.PdfReport.NAME_SIZE;
import static org.accord.export.pdf.PdfReport.ROLE_WIDTH;
import static org.accord.export.pdf.PdfReport.ROW_PADDING;
import static org.accord.export.pdf.PdfReport.STATUS_WIDTH;

import java.io.IOException;
import java.util.List;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.MatrixChecks;
import org.accord.domain.Role;
import org.accord.domain.Workshop;

/**
 * The matrix as a table for one band of role columns: a header row with the role labels turned upright, then group
 * headings and activity rows. The header row, and the current group's heading, repeat on every page it spans.
 */
final class MatrixTable {
    /** After "Agreed" when the row's letters still break a rule; the legend under the matrix says what it means. */
    static final String AGREED_WITH_FINDINGS_MARK = "*";
    private static final float GROUP_HEIGHT = 13;

    private final PageFlow flow;
    private final Workshop workshop;
    private final List<Role> roles;
    private final boolean severalBands;
    private final float nameWidth;
    private final float headerHeight;
    private String currentGroup;

    MatrixTable(PageFlow flow, Workshop workshop, List<Role> roles, boolean severalBands) throws IOException {
        this.flow = flow;
        this.workshop = workshop;
        this.roles = roles;
        this.severalBands = severalBands;
        this.nameWidth = flow.width() - STATUS_WIDTH - roles.size() * ROLE_WIDTH;
        float longest = 0;
        for (Role role : roles) {
            longest = Math.max(longest, flow.fonts().width(role.shortLabel(), true, HEADER_LABEL_SIZE));
        }
        this.headerHeight = Math.max(24, longest + 10);
    }

    void draw() throws IOException {
        String title = "RACI matrix";
        if (severalBands && !roles.isEmpty()) {
            title += ": roles " + roles.get(0).shortLabel() + " to " + roles.get(roles.size() - 1).shortLabel();
        }
        PdfReport.heading(flow, title);
        flow.ensure(headerHeight + GROUP_HEIGHT + rowHeight(1));
        headerRow();
        flow.setPageStart(f -> {
            headerRow();
            if (currentGroup != null) {
                groupRow(currentGroup + " (continued)");
            }
        });
        for (String group : workshop.groups()) {
            List<Activity> activities = workshop.activitiesIn(group);
            currentGroup = null;
            List<String> firstLines = activities.isEmpty() ? List.of("")
                    : flow.wrap(activities.get(0).name(), NAME_SIZE, false, nameWidth - 6);
            flow.ensure(GROUP_HEIGHT + rowHeight(firstLines.size())); // a heading never ends a page alone
            groupRow(group);
            currentGroup = group;
            for (Activity activity : activities) {
                activityRow(activity);
            }
        }
        currentGroup = null;
        flow.setPageStart(null);
    }

    private static float rowHeight(int lines) {
        return lines * NAME_LEADING + 2 * ROW_PADDING;
    }

    private void headerRow() throws IOException {
        float top = flow.y;
        float x = flow.left();
        flow.box(x, top, flow.width(), headerHeight, Ink.HEADER_FILL);
        flow.text("Activity", x + 3, top - headerHeight + 5, HEADER_LABEL_SIZE, true, Ink.TEXT);
        x += nameWidth;
        flow.text("Status", x + 3, top - headerHeight + 5, HEADER_LABEL_SIZE, true, Ink.TEXT);
        x += STATUS_WIDTH;
        for (Role role : roles) {
            flow.verticalText(role.shortLabel(), x + ROLE_WIDTH / 2 + 3, top - headerHeight + 5, HEADER_LABEL_SIZE, true, Ink.TEXT);
            flow.line(x, top, x, top - headerHeight, 0.4f, Ink.RULE);
            x += ROLE_WIDTH;
        }
        flow.y = top - headerHeight;
    }

    private void groupRow(String text) throws IOException {
        float top = flow.y;
        flow.box(flow.left(), top, flow.width(), GROUP_HEIGHT, Ink.GROUP_FILL);
        flow.text(text, flow.left() + 3, top - GROUP_HEIGHT + 3.6f, 8.5f, true, Ink.TEXT);
        flow.y = top - GROUP_HEIGHT;
    }

    private void activityRow(Activity activity) throws IOException {
        List<String> lines = flow.wrap(activity.name(), NAME_SIZE, false, nameWidth - 6);
        float height = rowHeight(lines.size());
        flow.ensure(height);
        float top = flow.y;
        float baseline = top - ROW_PADDING - NAME_SIZE;
        for (String line : lines) {
            flow.text(line, flow.left() + 3, baseline, NAME_SIZE, false, Ink.TEXT);
            baseline -= NAME_LEADING;
        }
        float x = flow.left() + nameWidth;
        // A row agreed while its letters still break a rule is never printed as a plain green "Agreed".
        boolean agreedWithFindings = activity.status() == ActivityStatus.AGREED
                && !MatrixChecks.rowProblems(workshop, activity.id()).isEmpty();
        Ink statusInk = activity.status() == ActivityStatus.DISPUTED || agreedWithFindings ? Ink.DISPUTED
                : activity.status() == ActivityStatus.AGREED ? Ink.AGREED : Ink.MUTED;
        flow.text(activity.status().label() + (agreedWithFindings ? AGREED_WITH_FINDINGS_MARK : ""), x + 3,
                top - ROW_PADDING - NAME_SIZE, NAME_SIZE, activity.status() != ActivityStatus.OPEN, statusInk);
        x += STATUS_WIDTH;
        for (Role role : roles) {
            float cellX = x;
            var letter = workshop.letter(activity.id(), role.id());
            if (letter.isPresent()) {
                flow.box(cellX + 0.5f, top - 0.5f, ROLE_WIDTH - 1, height - 1, Ink.fillOf(letter.get()));
                float w = flow.fonts().width(letter.get().letter(), true, LETTER_SIZE);
                flow.text(letter.get().letter(), cellX + (ROLE_WIDTH - w) / 2, top - height / 2 - LETTER_SIZE * 0.36f,
                        LETTER_SIZE, true, Ink.TEXT);
            }
            flow.line(cellX, top, cellX, top - height, 0.4f, Ink.RULE);
            x += ROLE_WIDTH;
        }
        flow.line(flow.left(), top - height, flow.left() + flow.width(), top - height, 0.4f, Ink.RULE);
        flow.y = top - height;
    }
}
