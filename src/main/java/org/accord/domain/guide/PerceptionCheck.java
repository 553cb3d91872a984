package org.accord.domain.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.accord.domain.Side;

/**
 * The room's answers beside the published figures. Each bar compares one share in this room with the survey's
 * figure for the same question and side; a share is empty while nobody on that side has answered.
 */
public final class PerceptionCheck {
    /** CMO Council and Accenture survey: who leads the digital agenda. */
    public static final String LEAD_SOURCE = "CMO Council and Accenture survey";
    /** InformationWeek, 2014: how each side rates the other's understanding. */
    public static final String UNDERSTANDING_SOURCE = "InformationWeek, 2014";

    /** One comparison: the room's share (0 to 100) if anyone answered, and the published share. */
    public record Bar(String label, OptionalDouble room, int answered, double published, String source) {
    }

    private PerceptionCheck() {
    }

    public static List<Bar> bars(List<Participant> participants) {
        List<Participant> it = onSide(participants, Side.IT);
        List<Participant> marketing = onSide(participants, Side.MARKETING);
        List<Bar> bars = new ArrayList<>();
        bars.add(leadBar("IT says IT leads", it, LeadAnswer.IT, 58));
        bars.add(leadBar("Marketing says IT leads", marketing, LeadAnswer.IT, 19));
        bars.add(leadBar("Marketing says marketing leads", marketing, LeadAnswer.MARKETING, 69));
        bars.add(ratingBar("Marketing rates IT's grasp of marketing very good or excellent", marketing, 63));
        bars.add(ratingBar("IT rates marketing's IT skills very good or excellent", it, 60));
        return bars;
    }

    /** Answers per side for the full table: how many on a side gave each answer. */
    public static long count(List<Participant> participants, Side side, LeadAnswer answer) {
        return onSide(participants, side).stream().filter(p -> p.lead() == answer).count();
    }

    private static Bar leadBar(String label, List<Participant> side, LeadAnswer answer, double published) {
        return share(label, side, p -> p.lead() != null, p -> p.lead() == answer, published, LEAD_SOURCE);
    }

    private static Bar ratingBar(String label, List<Participant> side, double published) {
        return share(label, side, p -> p.otherSideUnderstanding() != null,
                p -> p.otherSideUnderstanding().veryGoodOrBetter(), published, UNDERSTANDING_SOURCE);
    }

    private static Bar share(String label, List<Participant> side, Predicate<Participant> answered,
                             Predicate<Participant> counts, double published, String source) {
        List<Participant> answers = side.stream().filter(answered).toList();
        if (answers.isEmpty()) {
            return new Bar(label, OptionalDouble.empty(), 0, published, source);
        }
        double share = 100.0 * answers.stream().filter(counts).count() / answers.size();
        return new Bar(label, OptionalDouble.of(share), answers.size(), published, source);
    }

    /** Only those present answer for the room; someone absent keeps any earlier answer but is not counted. */
    private static List<Participant> onSide(List<Participant> participants, Side side) {
        return participants.stream().filter(p -> p.present() && p.side() == side).toList();
    }
}
