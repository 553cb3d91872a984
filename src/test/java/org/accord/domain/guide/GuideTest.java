package org.accord.domain.guide;

import static org.accord.domain.Fixtures.T0;
import static org.accord.domain.Fixtures.activity;
import static org.accord.domain.Fixtures.role;
import static org.accord.domain.Fixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Fixtures;
import org.accord.domain.Raci;
import org.accord.domain.Side;
import org.accord.domain.ValidationException;
import org.accord.domain.Workshop;
import org.accord.domain.guide.BlindEntry.SettledBy;
import org.accord.domain.guide.StageCheck.Verdict;
import org.junit.jupiter.api.Test;

class GuideTest {
    private static Instant at(int minutes, int seconds) {
        return T0.plusSeconds(minutes * 60L + seconds);
    }

    // ---- the timer, with instants instead of sleeps ----

    @Test
    void aTimerCountsDownWhileRunningAndStandsStillWhilePaused() {
        StepClock clock = StepClock.STOPPED.start(T0);
        assertThat(clock.remaining(at(3, 0), 10)).isEqualTo(Duration.ofMinutes(7));
        clock = clock.pause(at(4, 30));
        assertThat(clock.remaining(at(50, 0), 10)).isEqualTo(Duration.ofSeconds(330));
        clock = clock.start(at(60, 0));
        assertThat(clock.elapsed(at(61, 0))).isEqualTo(Duration.ofSeconds(330));
    }

    @Test
    void runningOverIsNegativeAndExtendingAddsFiveMinutes() {
        StepClock clock = StepClock.STOPPED.start(T0);
        assertThat(clock.overrun(at(10, 1), 10)).isTrue();
        assertThat(clock.remaining(at(12, 0), 10)).isEqualTo(Duration.ofMinutes(-2));
        clock = clock.extend();
        assertThat(clock.running()).isTrue();
        assertThat(clock.remaining(at(12, 0), 10)).isEqualTo(Duration.ofMinutes(3));
        assertThat(clock.overrun(at(12, 0), 10)).isFalse();
    }

    @Test
    void resetStartsTheCountdownAgainButKeepsTheTimeSpent() {
        StepClock clock = StepClock.STOPPED.start(T0).extend().reset(at(6, 0));
        assertThat(clock.running()).isFalse();
        assertThat(clock.remaining(at(9, 0), 10)).isEqualTo(Duration.ofMinutes(10));
        clock = clock.start(at(9, 0)).pause(at(11, 0));
        assertThat(clock.spentTotal(at(20, 0))).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void aClockSetBackNeverMakesTimeNegative() {
        StepClock clock = StepClock.STOPPED.start(at(5, 0));
        assertThat(clock.elapsed(T0)).isEqualTo(Duration.ZERO);
    }

    @Test
    void aTimerLeftRunningWhenAccordClosedStopsWhereItWasLastSeen() {
        StepClock clock = StepClock.STOPPED.start(T0);
        assertThat(clock.dueForSighting(at(0, 29))).isFalse();
        assertThat(clock.dueForSighting(at(0, 30))).isTrue();
        clock = clock.seen(at(0, 30)).seen(at(1, 10));
        assertThat(clock.lastSeen()).isEqualTo(at(1, 10));

        StepClock reopened = clock.stoppedWhereLastSeen(null);
        assertThat(reopened.running()).isFalse();
        assertThat(reopened.spentTotal(T0.plus(Duration.ofDays(21)))).isEqualTo(Duration.ofSeconds(70));
        assertThat(reopened.remaining(T0.plus(Duration.ofDays(21)), 10)).isEqualTo(Duration.ofSeconds(530));
        // An edit made later while it ran proves it ran that long; one made before proves nothing more.
        assertThat(clock.stoppedWhereLastSeen(at(2, 0)).spentTotal(at(99, 0))).isEqualTo(Duration.ofMinutes(2));
        assertThat(clock.stoppedWhereLastSeen(at(0, 5)).spentTotal(at(99, 0))).isEqualTo(Duration.ofSeconds(70));
        assertThat(StepClock.STOPPED.stoppedWhereLastSeen(at(5, 0))).isEqualTo(StepClock.STOPPED);
    }

    @Test
    void aPausedTimerIsNeverDueForASightingAndATimerSavedBeforeSightingsWasSeenWhenItStarted() {
        StepClock paused = StepClock.STOPPED.start(T0).pause(at(1, 0));
        assertThat(paused.dueForSighting(at(50, 0))).isFalse();
        assertThat(paused.seen(at(50, 0))).isEqualTo(paused);
        StepClock older = new StepClock(Duration.ofMinutes(3), Duration.ofMinutes(3), T0, 0);
        assertThat(older.lastSeen()).isEqualTo(T0);
        assertThat(older.stoppedWhereLastSeen(null).spentTotal(at(90, 0))).isEqualTo(Duration.ofMinutes(3));
    }

    // ---- the agenda ----

    @Test
    void theStandardAgendaFollowsTheMethodInEightSteps() {
        Guide guide = StandardGuide.create();
        assertThat(guide.steps()).extracting(AgendaStep::kind).containsExactly(StepKind.PERCEPTION, StepKind.GOALS,
                StepKind.INVENTORY, StepKind.MATRIX, StepKind.CAMPAIGN, StepKind.PORTFOLIO, StepKind.AGREEMENTS,
                StepKind.WRAP_UP);
        assertThat(guide.currentStep().kind()).isEqualTo(StepKind.PERCEPTION);
        assertThat(guide.steps()).allSatisfy(s -> assertThat(s.purpose()).isNotBlank());
        assertThat(guide.goalsOf(Leader.CIO)).hasSize(5);
        assertThat(guide.goalsOf(Leader.CMO)).extracting(Goal::text).contains("Customer data integration and analytics");
    }

    @Test
    void theStandardGuideIsOneValueWithDistinctIdsAndAnyChangeMakesItAnotherGuide() {
        Guide guide = StandardGuide.create();
        assertThat(StandardGuide.isStandard(guide)).isTrue();
        List<UUID> ids = new ArrayList<>();
        guide.steps().forEach(s -> ids.add(s.id()));
        guide.goals().forEach(g -> ids.add(g.id()));
        guide.campaign().stages().forEach(s -> ids.add(s.id()));
        assertThat(ids).hasSize(8 + 10 + Campaign.DEFAULT_STAGES.size()).doesNotHaveDuplicates();
        assertThat(StandardGuide.isStandard(guide.next(T0))).as("moved on a step").isFalse();
        assertThat(StandardGuide.isStandard(guide.withStep(ids.get(0), s -> s.withNotes("Late start")))).isFalse();
        assertThat(StandardGuide.isStandard(guide.withCampaign(new Campaign("Spring launch", guide.campaign().stages()))))
                .isFalse();
    }

    @Test
    void nextAndPreviousPassOverSkippedStepsAndJumpReachesAnyStep() {
        Guide guide = StandardGuide.create();
        UUID goals = guide.steps().get(1).id();
        guide = guide.withStep(goals, s -> s.withSkipped(true));
        guide = guide.next(T0);
        assertThat(guide.currentStep().kind()).isEqualTo(StepKind.INVENTORY);
        assertThat(guide.previous(T0).currentStep().kind()).isEqualTo(StepKind.PERCEPTION);
        assertThat(guide.jumpTo(goals, T0).currentStep().kind()).isEqualTo(StepKind.GOALS);
        Guide atEnd = guide.jumpTo(guide.steps().get(7).id(), T0);
        assertThat(atEnd.next(T0)).isEqualTo(atEnd);
    }

    @Test
    void movingOnWithTheTimerRunningStopsItOnTheStepLeftAndStartsItOnTheNext() {
        Guide guide = StandardGuide.create();
        UUID first = guide.currentStep().id();
        guide = guide.withClock(first, c -> c.start(T0)).next(at(12, 0));
        assertThat(guide.clock(first).running()).isFalse();
        assertThat(guide.clock(first).spentTotal(at(30, 0))).isEqualTo(Duration.ofMinutes(12));
        assertThat(guide.clock(guide.currentStep().id()).elapsed(at(13, 0))).isEqualTo(Duration.ofMinutes(1));
        WrapUp.StepTime firstStep = WrapUp.of(Fixtures.workshop("Analytics").withGuide(guide), at(13, 5)).times().get(0);
        assertThat(firstStep.line()).isEqualTo(guide.steps().get(0).title() + ": 12:00 of 10 min");
        assertThat(firstStep.over()).isTrue();
    }

    @Test
    void stepsCanBeRenamedReorderedAddedAndOnlyAddedOnesRemoved() {
        Guide guide = StandardGuide.create();
        AgendaStep coffee = AgendaStep.create(StepKind.NOTES, "Coffee", "", 10);
        guide = guide.withStepAdded(coffee, 4).withStep(coffee.id(), s -> s.withTitle("Break").withPlannedMinutes(15));
        assertThat(guide.steps().get(4).title()).isEqualTo("Break");
        guide = guide.withStepMoved(coffee.id(), -1);
        assertThat(guide.steps().get(3).id()).isEqualTo(coffee.id());
        Guide withBreak = guide.jumpTo(coffee.id(), T0);
        Guide removed = withBreak.withStepRemoved(coffee.id());
        assertThat(removed.steps()).hasSize(8);
        assertThat(removed.currentStep()).isEqualTo(removed.steps().get(0));
        UUID matrix = guide.steps().get(4).id();
        Guide standard = guide;
        assertThatThrownBy(() -> standard.withStepRemoved(matrix)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("skip it");
        assertThatThrownBy(() -> coffee.withPlannedMinutes(0)).isInstanceOf(ValidationException.class);
    }

    // ---- perception ----

    @Test
    void perceptionBarsCompareThePresentRoomWithThePublishedFigures() {
        List<Participant> people = List.of(
                Participant.create("Ana", null, Side.IT).withLead(LeadAnswer.IT).withOtherSideUnderstanding(Rating.GOOD),
                Participant.create("Ben", null, Side.IT).withLead(LeadAnswer.SHARED).withOtherSideUnderstanding(Rating.EXCELLENT),
                Participant.create("Cleo", null, Side.MARKETING).withLead(LeadAnswer.MARKETING),
                Participant.create("Dan", null, Side.MARKETING).withLead(LeadAnswer.IT).withPresent(false));
        List<PerceptionCheck.Bar> bars = PerceptionCheck.bars(people);
        assertThat(bars.get(0).room()).hasValue(50.0);
        assertThat(bars.get(0).published()).isEqualTo(58);
        assertThat(bars.get(1).room()).hasValue(0.0); // Dan is absent
        assertThat(bars.get(2).room()).hasValue(100.0);
        assertThat(bars.get(2).published()).isEqualTo(69);
        assertThat(bars.get(3).room()).isEmpty(); // no marketing rating yet
        assertThat(bars.get(4).room()).hasValue(50.0);
        assertThat(bars.get(4).published()).isEqualTo(60);
    }

    // ---- goals ----

    @Test
    void goalsLinkOnlyAcrossTheTwoListsAndLinksGoWithTheirGoal() {
        Guide guide = StandardGuide.create();
        Goal cio = guide.goalsOf(Leader.CIO).get(4);
        Goal cmo = guide.goalsOf(Leader.CMO).get(0);
        guide = guide.withGoalsLinked(cio.id(), cmo.id()).withGoalsLinked(cio.id(), cmo.id());
        assertThat(guide.goalLinks()).containsExactly(new GoalLink(cio.id(), cmo.id()));
        Guide linked = guide;
        assertThatThrownBy(() -> linked.withGoalsLinked(cmo.id(), cio.id())).isInstanceOf(ValidationException.class);
        assertThat(guide.withGoalRemoved(cmo.id()).goalLinks()).isEmpty();
    }

    // ---- blind dual entry ----

    @Test
    void revealShowsOnlyTheCellsWhereTheViewsDifferAndCopiesTheRest() {
        Workshop w = Fixtures.workshop("Analytics", "Campaigns");
        var analytics = activity(w, "Analytics").id();
        var campaigns = activity(w, "Campaigns").id();
        var cio = role(w, "CIO").id();
        var cmo = role(w, "CMO").id();
        w = w.withBlindLetter(Leader.CIO, analytics, cio, Raci.A).withBlindLetter(Leader.CIO, analytics, cmo, Raci.R)
                .withBlindLetter(Leader.CIO, campaigns, cmo, Raci.A);
        w = w.withGuide(w.guide().withBlindEntry(w.guide().blindEntry().entering(Leader.CMO)));
        w = w.withBlindLetter(Leader.CMO, analytics, cio, Raci.A).withBlindLetter(Leader.CMO, analytics, cmo, Raci.A)
                .withBlindLetter(Leader.CMO, campaigns, cmo, Raci.A).withBlindLetter(Leader.CMO, campaigns, cio, Raci.C);
        assertThat(w.letters()).isEmpty();
        w = w.withBlindViewsRevealed();
        assertThat(w.blindDifferences()).containsExactly(
                new BlindEntry.Difference(analytics, cmo, Raci.R, Raci.A),
                new BlindEntry.Difference(campaigns, cio, null, Raci.C));
        assertThat(w.letter(analytics, cio)).hasValue(Raci.A);
        assertThat(w.letter(campaigns, cmo)).hasValue(Raci.A);
        assertThat(w.letter(analytics, cmo)).isEmpty();
        Workshop revealed = w;
        assertThatThrownBy(() -> revealed.withBlindLetter(Leader.CIO, analytics, cio, Raci.I))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void settlingADifferenceWritesTheAgreedLetterAndRecordsHow() {
        Workshop w = Fixtures.workshop("Analytics");
        var analytics = activity(w, "Analytics").id();
        var cio = role(w, "CIO").id();
        var cmo = role(w, "CMO").id();
        w = w.withBlindLetter(Leader.CIO, analytics, cio, Raci.A).withBlindLetter(Leader.CIO, analytics, cmo, Raci.C)
                .withBlindLetter(Leader.CMO, analytics, cio, Raci.R).withBlindLetter(Leader.CMO, analytics, cmo, Raci.A)
                .withBlindViewsRevealed();
        assertThatThrownBy(() -> Fixtures.workshop("X").withDifferenceSettled(UUID.randomUUID(), cio, SettledBy.CIO_VIEW, null))
                .isInstanceOf(ValidationException.class);
        w = w.withDifferenceSettled(analytics, cio, SettledBy.CMO_VIEW, null)
                .withDifferenceSettled(analytics, cmo, SettledBy.OTHER, Raci.I);
        assertThat(w.letter(analytics, cio)).hasValue(Raci.R);
        assertThat(w.letter(analytics, cmo)).hasValue(Raci.I);
        WrapUp wrap = WrapUp.of(w, T0);
        assertThat(wrap.differences()).isEqualTo(2);
        assertThat(wrap.settledByCmo()).isEqualTo(1);
        assertThat(wrap.settledOther()).isEqualTo(1);
        assertThat(wrap.unsettled()).isZero();
        assertThat(wrap.blindSummary()).contains("2 cells differed between the CIO's and the CMO's views: "
                + "0 settled with the CIO's letter, 1 with the CMO's, 1 with another answer, 0 still open.");
        assertThat(WrapUp.of(Fixtures.workshop("Analytics"), T0).blindSummary()).as("never revealed").isEmpty();
    }

    @Test
    void removingAnActivityOrRoleDropsWhatTheGuideSaidAboutIt() {
        Workshop w = Fixtures.workshop("Analytics", "Campaigns");
        var analytics = activity(w, "Analytics").id();
        var cio = role(w, "CIO").id();
        Initiative crm = Initiative.create("CRM", Portfolio.IT, true).withActivities(List.of(analytics));
        Participant ana = Participant.create("Ana", cio, Side.IT);
        w = w.withBlindLetter(Leader.CIO, analytics, cio, Raci.A).withActivityAgreed(analytics, "CIO and CMO", T0);
        w = w.withGuide(w.guide().withInitiatives(List.of(crm)).withParticipantAdded(ana));
        Workshop noAnalytics = w.withActivityRemoved(analytics);
        assertThat(noAnalytics.guide().initiatives().get(0).activityIds()).isEmpty();
        assertThat(noAnalytics.guide().blindEntry().letters()).isEmpty();
        assertThat(noAnalytics.guide().agreements()).isEmpty();
        Workshop noCio = w.withRoleRemoved(cio);
        assertThat(noCio.guide().participants().get(0).roleId()).isNull();
        assertThat(noCio.guide().blindEntry().letters()).isEmpty();
    }

    // ---- campaign test case ----

    @Test
    void aStageNeedsExactlyOneAccountableRoleAcrossItsActivities() {
        Workshop w = Fixtures.workshop("Analytics", "Campaigns", "Vendors");
        w = set(w, "Analytics", "CIO", Raci.A);
        w = set(w, "Analytics", "CMO", Raci.R);
        w = set(w, "Campaigns", "CMO", Raci.A);
        var analytics = activity(w, "Analytics").id();
        var campaigns = activity(w, "Campaigns").id();
        var vendors = activity(w, "Vendors").id();
        List<CampaignStage> stages = w.guide().campaign().stages();
        Workshop mapped = w.withGuide(w.guide()
                .withCampaignStage(stages.get(0).id(), s -> s.withActivities(List.of(analytics)))
                .withCampaignStage(stages.get(1).id(), s -> s.withActivities(List.of(analytics, campaigns)))
                .withCampaignStage(stages.get(2).id(), s -> s.withActivities(List.of(vendors))));
        List<StageCheck.StageOwners> owners = StageCheck.run(mapped);
        assertThat(owners.get(0).verdict()).isEqualTo(Verdict.ONE_OWNER);
        assertThat(owners.get(0).accountable()).extracting(r -> r.shortLabel()).containsExactly("CIO");
        assertThat(owners.get(0).responsible()).extracting(r -> r.shortLabel()).containsExactly("CMO");
        assertThat(owners.get(1).verdict()).isEqualTo(Verdict.CONFLICTING_OWNERS);
        assertThat(owners.get(2).verdict()).isEqualTo(Verdict.NO_OWNER);
        assertThat(owners.get(3).verdict()).isEqualTo(Verdict.NOT_MAPPED);
        assertThat(owners).extracting(o -> o.stage().name()).containsExactlyElementsOf(Campaign.DEFAULT_STAGES);
    }

    // ---- portfolio ----

    @Test
    void gapsAreInitiativesNobodyOwnsAndOverlapsAreClaimedByBothPortfolios() {
        Workshop w = set(Fixtures.workshop("Analytics", "Campaigns"), "Analytics", "CIO", Raci.A);
        var analytics = activity(w, "Analytics").id();
        var campaigns = activity(w, "Campaigns").id();
        Initiative owned = Initiative.create("Data lake", Portfolio.IT, true).withActivities(List.of(analytics));
        Initiative noA = Initiative.create("Spring launch", Portfolio.MARKETING, false).withActivities(List.of(campaigns));
        Initiative unlinked = Initiative.create("Loyalty app", Portfolio.MARKETING, false);
        Initiative itCdp = Initiative.create("Customer data platform", Portfolio.IT, false).withActivities(List.of(analytics));
        Initiative mktCdp = Initiative.create("customer data platform", Portfolio.MARKETING, true).withActivities(List.of(analytics));
        w = w.withGuide(w.guide().withInitiatives(List.of(owned, noA, unlinked, itCdp, mktCdp)));
        assertThat(PortfolioReview.gaps(w)).containsExactly(noA, unlinked);
        assertThat(PortfolioReview.overlaps(w)).singleElement().satisfies(o -> {
            assertThat(o.it()).isEqualTo(itCdp);
            assertThat(o.marketing()).isEqualTo(mktCdp);
        });
    }

    // ---- agreements ----

    @Test
    void anAgreedRowKeepsWhoAndWhenUntilItIsNoLongerAgreed() {
        Workshop w = Fixtures.workshop("Analytics");
        var analytics = activity(w, "Analytics").id();
        w = w.withActivityAgreed(analytics, "CIO and CMO", T0);
        assertThat(w.activity(analytics).orElseThrow().status()).isEqualTo(ActivityStatus.AGREED);
        assertThat(w.guide().agreement(analytics)).hasValueSatisfying(a -> {
            assertThat(a.agreedBy()).isEqualTo("CIO and CMO");
            assertThat(a.agreedAt()).isEqualTo(T0);
        });
        Workshop disputed = w.withActivityChanged(analytics, a -> a.withStatus(ActivityStatus.DISPUTED));
        assertThat(disputed.guide().agreement(analytics)).isEmpty();
        assertThatThrownBy(() -> new WorkingAgreement(-5, "", null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aDuplicateKeepsTheGuideOnItsNewIdsWithTimersAtZero() {
        Workshop w = Fixtures.workshop("Analytics");
        var analytics = activity(w, "Analytics").id();
        UUID first = w.guide().currentStep().id();
        w = w.withActivityAgreed(analytics, "CIO and CMO", T0);
        w = w.withGuide(w.guide().withClock(first, c -> c.start(T0)).next(at(3, 0)));
        Workshop copy = w.duplicate("Follow-up", at(60, 0));
        UUID newId = copy.activities().get(0).id();
        assertThat(copy.guide().agreement(newId)).isPresent();
        assertThat(copy.guide().currentStep().id()).isEqualTo(first);
        assertThat(copy.guide().clock(first).running()).isFalse();
    }
}
