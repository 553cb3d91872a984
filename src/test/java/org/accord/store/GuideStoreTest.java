package org.accord.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Edit;
import org.accord.domain.Raci;
import org.accord.domain.Side;
import org.accord.domain.Workshop;
import org.accord.domain.guide.ActionItem;
import org.accord.domain.guide.AgendaStep;
import org.accord.domain.guide.BlindEntry.SettledBy;
import org.accord.domain.guide.Goal;
import org.accord.domain.guide.Initiative;
import org.accord.domain.guide.LeadAnswer;
import org.accord.domain.guide.Leader;
import org.accord.domain.guide.Participant;
import org.accord.domain.guide.Portfolio;
import org.accord.domain.guide.Rating;
import org.accord.domain.guide.StandardGuide;
import org.accord.domain.guide.StepKind;
import org.accord.domain.guide.WorkingAgreement;
import org.accord.session.WorkshopSession;
import org.accord.store.h2.H2WorkshopStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.accord.testing.MovingClock;

/** Every kind of data the guide adds survives the H2 file, and files from before the guide still open. */
class GuideStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    private final TemplateCatalog catalog = new TemplateCatalog();

    @TempDir
    Path data;

    /** A template workshop that has been through every step of the guide. */
    private Workshop throughEveryStep(Workshop w) {
        UUID a0 = w.activities().get(0).id();
        UUID a1 = w.activities().get(1).id();
        UUID cio = w.roles().get(0).id();
        UUID cmo = w.roles().get(1).id();
        UUID first = w.guide().currentStep().id();
        AgendaStep added = AgendaStep.create(StepKind.NOTES, "Coffee break", "Ten minutes off", 10);
        Goal cioGoal = w.guide().goalsOf(Leader.CIO).get(0);
        Goal cmoGoal = w.guide().goalsOf(Leader.CMO).get(2);
        w = w.withGuide(w.guide()
                .withStepAdded(added, 3)
                .withStep(w.guide().steps().get(1).id(), s -> s.withSkipped(true).withPlannedMinutes(12).withNotes("Later"))
                .withClock(first, c -> c.start(T0).extend())
                .withParticipantAdded(Participant.create("Ana Souza", cio, Side.IT).withLead(LeadAnswer.IT)
                        .withOtherSideUnderstanding(Rating.VERY_GOOD))
                .withParticipantAdded(Participant.create("Ben Okafor", cmo, Side.MARKETING).withPresent(false)
                        .withLead(LeadAnswer.NOT_SURE))
                .withGoalAdded(Goal.create(Leader.CMO, "Own the customer journey 王芳"))
                .withGoalsLinked(cioGoal.id(), cmoGoal.id())
                .withInitiatives(List.of(Initiative.create("CRM upgrade", Portfolio.IT, true).withActivities(List.of(a0)),
                        Initiative.create("CRM upgrade", Portfolio.MARKETING, false)))
                .withWorking(new WorkingAgreement(30, "Both COOs, then the CEO", LocalDate.of(2027, 2, 1)))
                .withActions(List.of(ActionItem.create("Draft the data charter", "Ana Souza", LocalDate.of(2026, 12, 5)),
                        ActionItem.create("Book the weekly slot", "Ben Okafor", null).withDone(true))));
        w = w.withGuide(w.guide().withCampaign(new org.accord.domain.guide.Campaign("Spring launch", w.guide().campaign().stages()))
                .withCampaignStage(w.guide().campaign().stages().get(0).id(), s -> s.withActivities(List.of(a0, a1))));
        w = w.withBlindLetter(Leader.CIO, a0, cio, Raci.A).withBlindLetter(Leader.CMO, a0, cio, Raci.R)
                .withBlindLetter(Leader.CMO, a1, cmo, Raci.A).withBlindViewsRevealed()
                .withDifferenceSettled(a0, cio, SettledBy.CIO_VIEW, null)
                .withActivityAgreed(a1, "CIO and CMO", T0);
        return w;
    }

    @Test
    void everyKindOfGuideDataRoundTripsThroughTheFile() {
        Workshop saved;
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            Workshop created = store.create(catalog.newWorkshop(TemplateCatalog.CIO_CMO, "Guided", T0));
            assertThat(store.load(created.id()).guide()).isEqualTo(created.guide());
            WorkshopSession session = new WorkshopSession(store, created, CLOCK);
            session.apply(new Edit("every step", this::throughEveryStep));
            saved = session.saveNow();
        }
        try (H2WorkshopStore reopened = H2WorkshopStore.open(data)) {
            Workshop loaded = reopened.load(saved.id());
            assertThat(loaded).isEqualTo(saved);
            assertThat(loaded.guide().steps()).hasSize(9);
            assertThat(loaded.guide().participants()).extracting(Participant::name).containsExactly("Ana Souza", "Ben Okafor");
            assertThat(loaded.guide().goalLinks()).hasSize(1);
            assertThat(loaded.guide().blindEntry().settlements()).hasSize(1);
            assertThat(loaded.guide().campaign().name()).isEqualTo("Spring launch");
            assertThat(loaded.guide().actions()).hasSize(2);
            assertThat(loaded.guide().working().cadenceMinutesPerWeek()).isEqualTo(30);
            assertThat(loaded.guide().agreements()).hasSize(1);
            // The file keeps a running timer as it was saved; opening it in a session stops it where last seen
            // (see aTimerLeftRunningWhenAccordWasKilledCountsOnlyUntilItWasLastSeen).
            UUID first = loaded.guide().steps().get(0).id();
            assertThat(loaded.guide().clock(first).running()).isTrue();
            assertThat(loaded.guide().clock(first).remaining(T0.plusSeconds(60), 10)).isEqualTo(Duration.ofMinutes(14));
        }
    }

    @Test
    void theStepAndTimersAreSavedAndUndoNeverMovesTheMeetingBack() {
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            Workshop w = store.create(catalog.newWorkshop(TemplateCatalog.CIO_CMO, "Progress", T0));
            WorkshopSession session = new WorkshopSession(store, w, CLOCK);
            UUID cio = w.roles().get(0).id();
            UUID a0 = w.activities().get(0).id();
            session.apply(new Edit("letter", x -> x.withLetter(a0, cio, Raci.A)));
            UUID first = w.guide().currentStep().id();
            session.applyProgress(new Edit("start", x -> x.withGuide(x.guide().withClock(first, c -> c.start(T0)))));
            session.applyProgress(new Edit("next", x -> x.withGuide(x.guide().next(T0.plusSeconds(300)))));
            session.saveNow();
            assertThat(store.load(w.id()).guide().currentIndex()).isEqualTo(1);
            session.undo();
            assertThat(session.current().letter(a0, cio)).isEmpty();
            assertThat(session.current().guide().currentIndex()).isEqualTo(1);
            assertThat(session.current().guide().clock(first).spentTotal(T0.plusSeconds(900)))
                    .isEqualTo(Duration.ofMinutes(5));
            session.saveNow();
            Workshop reopened = store.load(w.id());
            assertThat(reopened.guide().currentIndex()).isEqualTo(1);
            assertThat(reopened.guide().clock(reopened.guide().currentStep().id()).running()).isTrue();
            assertThat(reopened.letter(a0, cio)).isEmpty();
        }
    }

    @Test
    void aTimerLeftRunningWhenAccordWasKilledCountsOnlyUntilItWasLastSeen() {
        MovingClock clock = new MovingClock(T0);
        long id;
        UUID first;
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            Workshop w = store.create(catalog.newWorkshop(TemplateCatalog.CIO_CMO, "Killed", T0));
            id = w.id();
            first = w.guide().currentStep().id();
            WorkshopSession session = new WorkshopSession(store, w, clock);
            session.applyProgress(new Edit("start", x -> x.withGuide(x.guide().withClock(first, c -> c.start(T0)))));
            clock.moveTo(T0.plusSeconds(29));
            assertThat(session.recordTimersStillRunning()).as("before a heartbeat has passed").isFalse();
            clock.moveTo(T0.plusSeconds(30));
            assertThat(session.recordTimersStillRunning()).isTrue();
            clock.moveTo(T0.plusSeconds(75));
            assertThat(session.recordTimersStillRunning()).isTrue();
            session.saveNow();
            // Killed here: nothing pauses the timer, the file says it runs.
        }
        clock.moveTo(T0.plus(Duration.ofDays(14)));
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            assertThat(store.load(id).guide().clock(first).running()).isTrue();
            WorkshopSession reopened = new WorkshopSession(store, store.load(id), clock);
            assertThat(reopened.current().guide().clock(first).running()).isFalse();
            assertThat(reopened.current().guide().clock(first).spentTotal(clock.instant())).isEqualTo(Duration.ofSeconds(75));
            assertThat(reopened.isSaved()).as("the stopped timer is written at the next save").isFalse();
            reopened.saveNow();
            assertThat(store.load(id).guide().clock(first).running()).isFalse();
        }
    }

    @Test
    void closingAWorkshopPausesItsTimersWhereItClosed() {
        MovingClock clock = new MovingClock(T0);
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            Workshop w = store.create(catalog.newWorkshop(TemplateCatalog.CIO_CMO, "Closed", T0));
            UUID first = w.guide().currentStep().id();
            WorkshopSession session = new WorkshopSession(store, w, clock);
            session.applyProgress(new Edit("start", x -> x.withGuide(x.guide().withClock(first, c -> c.start(T0)))));
            clock.moveTo(T0.plus(Duration.ofMinutes(5)));
            assertThat(session.pauseTimers()).isTrue();
            assertThat(session.pauseTimers()).as("nothing left running").isFalse();
            session.saveNow();
            var saved = store.load(w.id()).guide().clock(first);
            assertThat(saved.running()).isFalse();
            assertThat(saved.spentTotal(T0.plus(Duration.ofDays(30)))).isEqualTo(Duration.ofMinutes(5));
        }
    }


    @Test
    void anUntouchedGuideKeepsNoDocumentAndOneEditedBackToStandardLosesIt() throws Exception {
        Workshop created;
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            created = store.create(catalog.newWorkshop(TemplateCatalog.CIO_CMO, "Fresh", T0));
            assertThat(created.guide()).isEqualTo(StandardGuide.create());
        }
        assertThat(guideDocuments()).as("a new workshop's standard guide").isZero();
        UUID firstStep = created.guide().steps().get(0).id();
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            WorkshopSession session = new WorkshopSession(store, store.load(created.id()), CLOCK);
            session.apply(new Edit("notes", x -> x.withGuide(x.guide().withStep(firstStep, s -> s.withNotes("Start late")))));
            session.saveNow();
        }
        assertThat(guideDocuments()).as("after an edit to the agenda").isOne();
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            Workshop edited = store.load(created.id());
            assertThat(edited.guide().steps().get(0).notes()).isEqualTo("Start late");
            WorkshopSession session = new WorkshopSession(store, edited, CLOCK);
            session.apply(new Edit("notes", x -> x.withGuide(x.guide().withStep(firstStep, s -> s.withNotes("")))));
            session.saveNow();
        }
        assertThat(guideDocuments()).as("edited back to the standard guide").isZero();
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            assertThat(store.load(created.id()).guide()).isEqualTo(StandardGuide.create());
        }
    }

    private int guideDocuments() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + data.resolve("accord"), "sa", "");
             var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM workshop_guide")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aFileWrittenBeforeTheGuideOpensWithTheStandardAgendaAndKeepsItsMatrix() throws Exception {
        // A version-2 file, as the release before this one wrote it.
        String url = "jdbc:h2:file:" + data.resolve("accord");
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:" + H2WorkshopStore.MIGRATIONS).target("2").load().migrate();
        UUID activity = UUID.randomUUID();
        UUID role = UUID.randomUUID();
        try (var c = java.sql.DriverManager.getConnection(url, "sa", ""); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO workshop (id, title, organization, facilitator, notes, consulted_limit, created_at,"
                    + " last_edited_at) VALUES (7, 'Before the guide', '', '', '', 3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            st.executeUpdate("INSERT INTO activity_group VALUES (7, 0, 'Data')");
            st.executeUpdate("INSERT INTO role VALUES ('" + role + "', 7, 0, 'Chief Information Officer', 'CIO', 'IT')");
            st.executeUpdate("INSERT INTO activity VALUES ('" + activity + "', 7, 0, 'Analytics', '', 'Data', 'Why', 'AGREED')");
            st.executeUpdate("INSERT INTO raci_letter VALUES ('" + activity + "', '" + role + "', 'A')");
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            Workshop old = store.load(7);
            assertThat(old.letter(activity, role)).hasValue(Raci.A);
            assertThat(old.guide().steps()).extracting(AgendaStep::title)
                    .containsExactlyElementsOf(StandardGuide.create().steps().stream().map(AgendaStep::title).toList());
            WorkshopSession session = new WorkshopSession(store, old, CLOCK);
            session.apply(new Edit("agree", x -> x.withActivityAgreed(activity, "CIO", T0)));
            session.saveNow();
            assertThat(store.load(7)).isEqualTo(session.current());
        }
    }
}
