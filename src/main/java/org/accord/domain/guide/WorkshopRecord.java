package org.accord.domain.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.accord.domain.Role;
import org.accord.domain.Workshop;

/**
 * What the room did besides the matrix, in sentences: who was there, the perception check, the goals linked, the
 * blind entry, the test case and the portfolio review. The wrap-up screen and the PDF hand-out show the same
 * sections from here, so they cannot tell the room two different stories.
 */
public record WorkshopRecord(List<Section> sections) {
    /** One sentence; {@code flagged} needs the room's attention, {@code muted} says nothing happened. */
    public record Line(String text, boolean flagged, boolean muted) {
        static Line plain(String text) {
            return new Line(text, false, false);
        }

        static Line nothing(String text) {
            return new Line(text, false, true);
        }
    }

    public record Section(String heading, List<Line> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    public WorkshopRecord {
        sections = List.copyOf(sections);
    }

    public static WorkshopRecord of(Workshop workshop, WrapUp wrap) {
        Guide guide = workshop.guide();
        return new WorkshopRecord(List.of(attendees(workshop, guide), perception(guide), goals(guide),
                new Section("Blind entry", List.of(Line.plain(wrap.blindSummary().orElse("Not used or not revealed.")))),
                testCase(workshop, guide), portfolio(workshop)));
    }

    private static Section attendees(Workshop workshop, Guide guide) {
        List<Participant> people = guide.participants();
        long present = people.stream().filter(Participant::present).count();
        List<Line> lines = new ArrayList<>();
        if (people.isEmpty()) {
            lines.add(Line.nothing("No participants recorded."));
        }
        for (Participant p : people) {
            String role = p.roleId() == null ? "" : workshop.role(p.roleId()).map(Role::name).map(n -> ", " + n).orElse("");
            lines.add(Line.plain(p.name() + role + ", " + p.side().label() + " side, "
                    + (p.present() ? "present" : "absent")));
        }
        return new Section("Attendees (" + present + " present of " + people.size() + ")", lines);
    }

    private static Section perception(Guide guide) {
        List<Line> lines = new ArrayList<>();
        for (PerceptionCheck.Bar bar : PerceptionCheck.bars(guide.participants())) {
            lines.add(Line.plain(bar.label() + ": " + (bar.room().isPresent() ? Math.round(bar.room().getAsDouble())
                    + "% here (" + bar.answered() + " answered)" : "no answers here") + "; "
                    + Math.round(bar.published()) + "% in the " + bar.source() + "."));
        }
        long present = guide.participants().stream().filter(Participant::present).count();
        return new Section("Perception check (" + present + " present)", lines);
    }

    private static Section goals(Guide guide) {
        List<Line> lines = new ArrayList<>();
        if (guide.goalLinks().isEmpty()) {
            lines.add(Line.nothing("No goals linked."));
        }
        for (var link : guide.goalLinks()) {
            lines.add(Line.plain("CIO: " + goal(guide, link.cioGoal()) + "  ⟷  CMO: " + goal(guide, link.cmoGoal())));
        }
        return new Section("Goals that serve the same end", lines);
    }

    private static Section testCase(Workshop workshop, Guide guide) {
        List<Line> lines = new ArrayList<>();
        boolean walked = guide.campaign().stages().stream().anyMatch(st -> !st.activityIds().isEmpty());
        if (!walked) {
            // One line says it; seven red "not mapped" lines would only be noise.
            lines.add(Line.nothing("No stage was walked through the matrix."));
        } else {
            for (StageCheck.StageOwners stage : StageCheck.run(workshop)) {
                lines.add(new Line(stage.stage().name() + " — A: " + labels(stage.accountable()) + "; R: "
                        + labels(stage.responsible()) + (stage.verdict().flagged() ? ". " + stage.verdict().text() : "."),
                        stage.verdict().flagged(), false));
            }
        }
        return new Section("Test case" + (guide.campaign().name().isEmpty() ? "" : ": " + guide.campaign().name()), lines);
    }

    private static Section portfolio(Workshop workshop) {
        var gaps = PortfolioReview.gaps(workshop);
        var overlaps = PortfolioReview.overlaps(workshop);
        return new Section("Portfolio review", List.of(
                new Line("Gaps (nobody owns it): " + (gaps.isEmpty() ? "none" : gaps.stream()
                        .map(i -> i.name() + " (" + i.portfolio().label() + ")").collect(Collectors.joining("; "))) + ".",
                        !gaps.isEmpty(), false),
                new Line("Overlaps (both portfolios claim it): " + (overlaps.isEmpty() ? "none" : overlaps.stream()
                        .map(PortfolioReview.Overlap::name).collect(Collectors.joining("; "))) + ".",
                        !overlaps.isEmpty(), false)));
    }

    private static String goal(Guide guide, java.util.UUID id) {
        return guide.goal(id).map(Goal::text).orElse("?");
    }

    private static String labels(List<Role> roles) {
        return roles.isEmpty() ? "none" : roles.stream().map(Role::shortLabel).collect(Collectors.joining(", "));
    }
}
