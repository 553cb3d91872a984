package org.accord.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Edit;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Side;
import org.accord.domain.ValidationException;
import org.accord.domain.Workshop;
import org.accord.domain.WorkshopDetails;
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
import org.accord.testing.MovingClock;
import org.accord.domain.Cell;
import org.accord.domain.round.Round;
import org.accord.domain.round.Rounds;
import org.accord.domain.round.SignOff;
import org.accord.domain.round.WorkshopChanges;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every engine's store must do, the same for the H2 file and a team's PostgreSQL library: the subclasses
 * ({@code H2StoreContractTest}, {@code PostgresStoreContractTest}) give the library, these tests are run on each.
 * Every workshop, every kind of edit and every kind of guide data is written and read back through a library closed and
 * opened again.
 */
public abstract class WorkshopStoreContract {
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final TemplateCatalog catalog = new TemplateCatalog();

    /** Opens the library under test: the same one at every call within a test, a new empty one for each test. */
    protected WorkshopStore openLibrary() {
        return openLibrary(Clock.systemUTC());
    }

    /** {@link #openLibrary()} with the clock that dates saved edits and closed rounds. */
    protected abstract WorkshopStore openLibrary(Clock clock);

    /** The number of rows in one of the schema's tables, read directly with SQL. */
    protected abstract int countRows(String table) throws Exception;

    /** A template workshop with names in several scripts, letters, rationale and a disputed row. */
    private Workshop richWorkshop() {
        Workshop w = catalog.newWorkshop(TemplateCatalog.CIO_CMO, "Alignment 王芳 Ελένη", Instant.parse("2026-11-22T09:00:00.123456Z"));
        w = w.withDetails(new WorkshopDetails(w.title(), "Acme Zoë", LocalDate.of(2026, 11, 22), "Łukasz", "Notes\nline two"));
        w = w.withRoleAdded(Role.create("Ольга, head of e-commerce", "Ольга", Side.MARKETING));
        Activity first = w.activities().get(0);
        w = w.withLetter(first.id(), w.roles().get(0).id(), Raci.A)
                .withLetter(first.id(), w.roles().get(1).id(), Raci.R)
                .withLetter(w.activities().get(3).id(), w.roles().get(7).id(), Raci.C)
                .withActivityChanged(first.id(), a -> a.withRationale("IT owns the platform; marketing runs it")
                        .withStatus(ActivityStatus.DISPUTED))
                .withConsultedLimit(2);
        return w;
    }

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
    void aFullWorkshopRoundTripsThroughTheLibrary() {
        Workshop saved;
        try (WorkshopStore store = openLibrary()) {
            saved = store.create(richWorkshop());
            assertThat(saved.id()).isPositive();
            assertThat(store.load(saved.id())).isEqualTo(saved);
        }
        try (WorkshopStore reopened = openLibrary()) {
            assertThat(reopened.load(saved.id())).isEqualTo(saved);
        }
    }



    @Test
    void everyKindOfEditSurvivesReopeningTheLibrary() {
        long id;
        Workshop expected;
        try (WorkshopStore store = openLibrary()) {
            Workshop w = store.create(richWorkshop());
            id = w.id();
            WorkshopSession session = new WorkshopSession(store, w, LATER);
            Activity second = w.activities().get(1);
            Role cmo = w.roles().get(1);
            session.apply(new Edit("letter", x -> x.withLetter(second.id(), cmo.id(), Raci.I)));
            session.apply(new Edit("clear", x -> x.withLetter(w.activities().get(0).id(), w.roles().get(1).id(), null)));
            session.apply(new Edit("rename", x -> x.withActivityChanged(second.id(), a -> a.withName("Renamed"))));
            session.apply(new Edit("move", x -> x.withActivityMoved(second.id(), -1)));
            session.apply(new Edit("role", x -> x.withRoleMoved(cmo.id(), -1)));
            session.apply(new Edit("remove role", x -> x.withRoleRemoved(x.roles().get(6).id())));
            session.apply(new Edit("remove activity", x -> x.withActivityRemoved(x.activities().get(5).id())));
            session.apply(new Edit("group", x -> x.withGroupRenamed("Data", "Data and analytics")));
            session.apply(new Edit("add", x -> x.withActivityAdded(Activity.create("New one", "", "Sourcing"))));
            session.saveNow();
            expected = session.current();
            assertThat(session.isSaved()).isTrue();
        }
        try (WorkshopStore reopened = openLibrary()) {
            assertThat(reopened.load(id)).isEqualTo(expected);
        }
    }



    @Test
    void undoneAndRedoneEditsAreSavedToo() {
        try (WorkshopStore store = openLibrary()) {
            Workshop w = store.create(richWorkshop());
            WorkshopSession session = new WorkshopSession(store, w, LATER);
            Role cio = w.roles().get(0);
            session.apply(new Edit("remove CIO", x -> x.withRoleRemoved(cio.id())));
            session.saveNow();
            assertThat(store.load(w.id()).roles()).doesNotContain(cio);
            session.undo();
            session.saveNow();
            assertThat(store.load(w.id()).roles()).contains(cio);
            assertThat(store.load(w.id()).letters()).isEqualTo(w.letters());
            session.redo();
            session.saveNow();
            assertThat(store.load(w.id())).isEqualTo(session.current());
        }
    }



    @Test
    void aRefusedNameStoresNothing() {
        try (WorkshopStore store = openLibrary()) {
            Workshop w = store.create(richWorkshop());
            WorkshopSession session = new WorkshopSession(store, w, LATER);
            String existing = w.activities().get(2).name().toUpperCase();
            assertThatThrownBy(() -> session.apply(new Edit("rename",
                    x -> x.withActivityChanged(w.activities().get(0).id(), a -> a.withName(existing)))))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> session.apply(new Edit("blank",
                    x -> x.withRoleAdded(Role.create(" \t ", "X", Side.IT))))).isInstanceOf(ValidationException.class);
            assertThat(session.current()).isEqualTo(w);
            session.saveNow();
            assertThat(store.load(w.id())).isEqualTo(w);
            assertThatThrownBy(() -> store.rename(w.id(), "")).isInstanceOf(ValidationException.class);
            assertThat(store.load(w.id()).title()).isEqualTo(w.title());
        }
    }



    @Test
    void listShowsNewestFirstWithCountsAndRenameDuplicateDeleteWork() {
        try (WorkshopStore store = openLibrary()) {
            Workshop older = store.create(catalog.newWorkshop(TemplateCatalog.BLANK, "Older", Instant.parse("2026-01-01T00:00:00Z")));
            Workshop newer = store.create(richWorkshop());
            assertThat(store.list()).extracting(WorkshopSummary::title).containsExactly(newer.title(), "Older");
            WorkshopSummary top = store.list().get(0);
            assertThat(top.activities()).isEqualTo(newer.activities().size());
            assertThat(top.roles()).isEqualTo(8);

            Workshop copy = store.duplicate(newer.id(), "Follow-up in March");
            assertThat(store.load(copy.id()).letters()).hasSameSizeAs(newer.letters());
            store.rename(older.id(), "Kick-off");
            assertThat(store.list()).extracting(WorkshopSummary::title).contains("Kick-off", "Follow-up in March");
            store.delete(newer.id());
            assertThat(store.list()).extracting(WorkshopSummary::id).containsExactlyInAnyOrder(older.id(), copy.id());
            assertThat(store.load(copy.id())).isEqualTo(copy); // the copy shares nothing with the deleted original
        }
    }



    @Test
    void everyKindOfGuideDataRoundTripsThroughTheLibrary() {
        Workshop saved;
        try (WorkshopStore store = openLibrary()) {
            Workshop created = store.create(catalog.newWorkshop(TemplateCatalog.CIO_CMO, "Guided", T0));
            assertThat(store.load(created.id()).guide()).isEqualTo(created.guide());
            WorkshopSession session = new WorkshopSession(store, created, CLOCK);
            session.apply(new Edit("every step", this::throughEveryStep));
            saved = session.saveNow();
        }
        try (WorkshopStore reopened = openLibrary()) {
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
        try (WorkshopStore store = openLibrary()) {
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
        try (WorkshopStore store = openLibrary()) {
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
        try (WorkshopStore store = openLibrary()) {
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
        try (WorkshopStore store = openLibrary()) {
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
        try (WorkshopStore store = openLibrary()) {
            created = store.create(catalog.newWorkshop(TemplateCatalog.CIO_CMO, "Fresh", T0));
            assertThat(created.guide()).isEqualTo(StandardGuide.create());
        }
        assertThat(countRows("workshop_guide")).as("a new workshop's standard guide").isZero();
        UUID firstStep = created.guide().steps().get(0).id();
        try (WorkshopStore store = openLibrary()) {
            WorkshopSession session = new WorkshopSession(store, store.load(created.id()), CLOCK);
            session.apply(new Edit("notes", x -> x.withGuide(x.guide().withStep(firstStep, s -> s.withNotes("Start late")))));
            session.saveNow();
        }
        assertThat(countRows("workshop_guide")).as("after an edit to the agenda").isOne();
        try (WorkshopStore store = openLibrary()) {
            Workshop edited = store.load(created.id());
            assertThat(edited.guide().steps().get(0).notes()).isEqualTo("Start late");
            WorkshopSession session = new WorkshopSession(store, edited, CLOCK);
            session.apply(new Edit("notes", x -> x.withGuide(x.guide().withStep(firstStep, s -> s.withNotes("")))));
            session.saveNow();
        }
        assertThat(countRows("workshop_guide")).as("edited back to the standard guide").isZero();
        try (WorkshopStore store = openLibrary()) {
            assertThat(store.load(created.id()).guide()).isEqualTo(StandardGuide.create());
        }
    }

    // ---- rounds and the history of saved edits (issue 19), on every engine ----

    private static final Instant R0 = Instant.parse("2026-12-02T09:00:00Z");
    private static final List<SignOff> SIGNED = List.of(
            new SignOff("Ana Ruiz", "CIO", LocalDate.of(2026, 12, 2)),
            new SignOff("Ben Okafor", "CMO", LocalDate.of(2026, 12, 2)));
    private final MovingClock roundsClock = new MovingClock(R0);

    private Workshop createdForRounds(WorkshopStore store) {
        return store.create(catalog.newWorkshop(TemplateCatalog.CIO_CMO, "Alignment", R0));
    }

    private static Cell firstCellOf(Workshop w) {
        return new Cell(w.activities().get(0).id(), w.roles().get(0).id());
    }

    @Test
    void eachSavedEditKeepsWhatItChangedAndWhenAcrossReopening() {
        long id;
        Cell cell;
        Instant typedAt;
        try (WorkshopStore store = openLibrary(roundsClock)) {
            Workshop w = createdForRounds(store);
            id = w.id();
            cell = firstCellOf(w);
            WorkshopSession session = new WorkshopSession(store, w, roundsClock);
            roundsClock.advance(Duration.ofMinutes(5));
            typedAt = roundsClock.instant();
            session.apply(new Edit("Set A", x -> x.withLetter(cell.activityId(), cell.roleId(), Raci.A)));
            session.saveNow();
            roundsClock.advance(Duration.ofMinutes(5));
            session.apply(new Edit("Rationale", x -> x.withActivityChanged(cell.activityId(),
                    a -> a.withRationale("IT owns it"))));
            session.saveNow();
        }
        try (WorkshopStore store = openLibrary(roundsClock)) {
            assertThat(store.savedEditCount(id)).isEqualTo(2);
            Map<String, Instant> when = store.lastChanged(id, R0, roundsClock.instant());
            assertThat(when).containsEntry(WorkshopChanges.letterSubject(cell), typedAt)
                    .containsEntry("rationale:" + cell.activityId(), typedAt.plus(Duration.ofMinutes(5)));
            // Before the letter was typed nothing had changed.
            assertThat(store.lastChanged(id, R0, typedAt.minusSeconds(1))).isEmpty();
        }
    }

    @Test
    void undoAndRedoAreSavedEditsOfTheirOwn() {
        try (WorkshopStore store = openLibrary(roundsClock)) {
            Workshop w = createdForRounds(store);
            Cell cell = firstCellOf(w);
            WorkshopSession session = new WorkshopSession(store, w, roundsClock);
            roundsClock.advance(Duration.ofMinutes(1));
            session.apply(new Edit("Set R", x -> x.withLetter(cell.activityId(), cell.roleId(), Raci.R)));
            session.saveNow();
            roundsClock.advance(Duration.ofMinutes(1));
            session.undo();
            session.saveNow();
            assertThat(store.load(w.id()).letter(cell.activityId(), cell.roleId())).isEmpty();
            assertThat(store.savedEditCount(w.id())).isEqualTo(2);
            assertThat(store.lastChanged(w.id(), R0, roundsClock.instant()))
                    .containsEntry(WorkshopChanges.letterSubject(cell), roundsClock.instant());
            // The audit trail keeps both: the letter set, then taken back, each with its time.
            assertThat(store.history(w.id(), R0)).extracting(c -> c.what() + ": " + c.beforeAfter() + " at " + c.when())
                    .containsExactly(
                            w.activities().get(0).name() + " · " + w.roles().get(0).shortLabel() + ": (none) → R at "
                                    + R0.plus(Duration.ofMinutes(1)),
                            w.activities().get(0).name() + " · " + w.roles().get(0).shortLabel() + ": R → (none) at "
                                    + R0.plus(Duration.ofMinutes(2)));
        }
    }

    @Test
    void closingARoundKeepsTheWholeWorkshopReadOnlyWithItsSignOffs() {
        long id;
        Workshop agreed;
        try (WorkshopStore store = openLibrary(roundsClock)) {
            Workshop w = createdForRounds(store);
            id = w.id();
            Cell cell = firstCellOf(w);
            WorkshopSession session = new WorkshopSession(store, w, roundsClock);
            roundsClock.advance(Duration.ofMinutes(1));
            session.apply(new Edit("Set A", x -> x.withLetter(cell.activityId(), cell.roleId(), Raci.A)
                    .withActivityAgreed(cell.activityId(), "CIO and CMO", R0)
                    .withGuideChanged(g -> g.withActionAdded(ActionItem.create("Send the matrix", "Ana", null)))));
            agreed = session.saveNow();
            roundsClock.advance(Duration.ofMinutes(1));
            Round round = store.closeRound(id, "Round 1", SIGNED);
            assertThat(round.number()).isEqualTo(1);
            assertThat(round.heading(java.time.ZoneOffset.UTC)).isEqualTo("Round 1, agreed 2026-12-02");
            roundsClock.advance(Duration.ofMinutes(1));
            session.apply(new Edit("Set C", x -> x.withLetter(cell.activityId(), cell.roleId(), Raci.C)));
            session.saveNow();
            assertThat(store.closeRound(id, "Second look", List.of()).number()).isEqualTo(2);
        }
        try (WorkshopStore store = openLibrary(roundsClock)) {
            Rounds rounds = store.rounds(id);
            assertThat(rounds.closed()).extracting(Round::name).containsExactly("Round 1", "Second look");
            assertThat(rounds.closed().get(0).signOffs()).isEqualTo(SIGNED);
            assertThat(rounds.closed().get(0).closedAt()).isEqualTo(R0.plus(Duration.ofMinutes(2)));
            Workshop first = store.roundSnapshot(id, 1);
            assertThat(first.matrix()).isEqualTo(agreed.matrix());
            assertThat(first.guide()).isEqualTo(agreed.guide());
            assertThat(first.details()).isEqualTo(agreed.details());
            Cell cell = firstCellOf(first);
            assertThat(store.roundSnapshot(id, 2).letter(cell.activityId(), cell.roleId())).hasValue(Raci.C);
            assertThat(store.load(id).letter(cell.activityId(), cell.roleId())).hasValue(Raci.C);
        }
    }

    @Test
    void theSessionComparesARoundWithNowAndAnyTwoRoundsDatingEachChange() {
        try (WorkshopStore store = openLibrary(roundsClock)) {
            Workshop w = createdForRounds(store);
            Cell cell = firstCellOf(w);
            Activity second = w.activities().get(1);
            WorkshopSession session = new WorkshopSession(store, w, roundsClock);
            assertThat(session.changesSinceLatest()).isEmpty();
            roundsClock.advance(Duration.ofMinutes(1));
            Round first = session.closeRound("Round 1", SIGNED);
            roundsClock.advance(Duration.ofMinutes(1));
            Instant typed = roundsClock.instant();
            session.apply(new Edit("Set A", x -> x.withLetter(cell.activityId(), cell.roleId(), Raci.A)));
            roundsClock.advance(Duration.ofMinutes(1));
            // Not saved yet: the comparison saves it first, so it is dated like any other.
            assertThat(session.changesSinceLatest()).hasValueSatisfying(since -> {
                assertThat(since.title()).isEqualTo("Changes since Round 1");
                assertThat(since.changes()).singleElement().satisfies(c -> {
                    assertThat(c.beforeAfter()).isEqualTo("(none) → A");
                    assertThat(c.when()).isEqualTo(typed);
                });
            });
            Round secondRound = session.closeRound("Round 2", List.of());
            roundsClock.advance(Duration.ofMinutes(1));
            session.apply(new Edit("Status", x -> x.withActivityChanged(second.id(),
                    a -> a.withStatus(ActivityStatus.DISPUTED))));
            var between = session.compare(first, secondRound);
            assertThat(between.title()).isEqualTo("Changes from Round 1 to Round 2");
            assertThat(between.changes()).extracting(c -> c.kind().label()).containsExactly("Letter");
            assertThat(session.changesSince(secondRound).changes()).extracting(c -> c.what() + ": " + c.beforeAfter())
                    .containsExactly(second.name() + ": Open → Disputed");
            assertThat(session.changesSince(first).changes()).hasSize(2);
        }
    }

    @Test
    void aRoundWithoutANameIsRefusedAndNothingIsKept() {
        try (WorkshopStore store = openLibrary(roundsClock)) {
            Workshop w = createdForRounds(store);
            assertThatThrownBy(() -> store.closeRound(w.id(), "  ", SIGNED)).isInstanceOf(ValidationException.class);
            assertThat(store.rounds(w.id()).closed()).isEmpty();
            assertThatThrownBy(() -> new SignOff("", "CIO", LocalDate.of(2026, 12, 2)))
                    .isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void aFollowUpCarriesTheLastRoundAndItsLinkAndItsNextRoundIsTheNewOne() {
        try (WorkshopStore store = openLibrary(roundsClock)) {
            Workshop original = createdForRounds(store);
            roundsClock.advance(Duration.ofMinutes(1));
            store.closeRound(original.id(), "Round 1", SIGNED);
            roundsClock.advance(Duration.ofDays(30));
            Workshop followUp = store.duplicate(original.id(), "Alignment, follow-up");
            Rounds rounds = store.rounds(followUp.id());
            assertThat(rounds.followUpOf()).hasValue("Alignment");
            assertThat(rounds.closed()).singleElement().satisfies(r -> {
                assertThat(r.name()).isEqualTo("Round 1");
                assertThat(r.signOffs()).isEqualTo(SIGNED);
            });
            // The carried round holds the copy (its own ids), so the follow-up starts with no changes since it.
            assertThat(WorkshopChanges.between(store.roundSnapshot(followUp.id(), 1), store.load(followUp.id())))
                    .isEmpty();
            assertThat(store.closeRound(followUp.id(), "Round 2", List.of()).number()).isEqualTo(2);
            // The original keeps its own round only; deleting it leaves the follow-up whole, without the link.
            assertThat(store.rounds(original.id()).closed()).hasSize(1);
            store.delete(original.id());
            assertThat(store.rounds(followUp.id()).followUpOf()).isEmpty();
            assertThat(store.rounds(followUp.id()).closed()).hasSize(2);
        }
    }
}
