package org.accord.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Activity;
import org.accord.domain.Side;
import org.accord.domain.Workshop;
import org.accord.domain.guide.ActionItem;
import org.accord.domain.guide.Goal;
import org.accord.domain.guide.Guide;
import org.accord.domain.guide.Initiative;
import org.accord.domain.guide.LeadAnswer;
import org.accord.domain.guide.Leader;
import org.accord.domain.guide.Participant;
import org.accord.domain.guide.Portfolio;
import org.accord.domain.guide.Rating;
import org.accord.domain.guide.WorkingAgreement;

/**
 * The finished sample workshop with every step of the guide used, and used with long words where a room would
 * type them: four participants, linked goals, a campaign walked through the matrix, initiatives with a gap and
 * an overlap, rows agreed by name, a working agreement and action items. Deterministic.
 */
public final class GuidedWorkshop {
    private GuidedWorkshop() {
    }

    public static Workshop sample(Instant now) {
        Workshop w = new TemplateCatalog().newWorkshop(TemplateCatalog.SAMPLE, "Spring alignment", now);
        List<Activity> acts = w.activities();
        Guide g = w.guide();
        String[] names = {"Ana Souza", "Benedikt Okafor-Lindqvist", "Chen Li", "Dana Kowalski"};
        LeadAnswer[] answers = {LeadAnswer.IT, LeadAnswer.MARKETING, LeadAnswer.NOT_SURE, LeadAnswer.SHARED};
        for (int i = 0; i < names.length; i++) {
            var role = w.roles().get(i);
            g = g.withParticipantAdded(Participant.create(names[i], role.id(), i % 2 == 0 ? Side.IT : Side.MARKETING)
                    .withLead(answers[i]).withOtherSideUnderstanding(Rating.VERY_GOOD));
        }
        List<Goal> cio = g.goals().stream().filter(x -> x.leader() == Leader.CIO).toList();
        List<Goal> cmo = g.goals().stream().filter(x -> x.leader() == Leader.CMO).toList();
        g = g.withGoalsLinked(cio.get(0).id(), cmo.get(1).id()).withGoalsLinked(cio.get(2).id(), cmo.get(0).id());
        g = g.withCampaignNamed("Spring launch of the loyalty app in every region");
        var stages = g.campaign().stages();
        for (int i = 0; i < stages.size(); i++) {
            int k = i;
            g = g.withCampaignStage(stages.get(i).id(), s -> s.withActivities(List.of(acts.get((k * 2) % acts.size()).id(),
                    acts.get((k * 2 + 5) % acts.size()).id())));
        }
        g = g.withInitiativeAdded(Initiative.create("CRM upgrade", Portfolio.IT, true).withActivities(List.of(acts.get(0).id())))
                .withInitiativeAdded(Initiative.create("CRM upgrade", Portfolio.MARKETING, false))
                .withInitiativeAdded(Initiative.create("Customer data platform for every brand and region",
                        Portfolio.MARKETING, true).withActivities(List.of(acts.get(1).id())));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        g = g.withWorking(new WorkingAgreement(30, "Steering board, then the chief executive", today.plusMonths(3)))
                .withActionAdded(ActionItem.create("Send the agreed matrix to both leadership teams", "Ana Souza",
                        today.plusDays(7)))
                .withActionAdded(ActionItem.create("Book the quarterly review", "Benedikt Okafor-Lindqvist",
                        today.plusDays(14)).withDone(true));
        return w.withGuide(g)
                .withActivityAgreed(acts.get(0).id(), "Ana Souza and Benedikt Okafor-Lindqvist", now)
                .withActivityAgreed(acts.get(3).id(), "Ana Souza and Benedikt Okafor-Lindqvist", now);
    }
}
