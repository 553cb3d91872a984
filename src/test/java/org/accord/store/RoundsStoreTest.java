package org.accord.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Cell;
import org.accord.domain.Edit;
import org.accord.domain.Raci;
import org.accord.domain.ValidationException;
import org.accord.domain.Workshop;
import org.accord.domain.guide.ActionItem;
import org.accord.domain.round.Round;
import org.accord.domain.round.Rounds;
import org.accord.domain.round.SignOff;
import org.accord.domain.round.WorkshopChanges;
import org.accord.session.WorkshopSession;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.testing.MovingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rounds and the history of saved edits in a real H2 file (issue 19). */
class RoundsStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-02T09:00:00Z");
    private static final List<SignOff> SIGNED = List.of(
            new SignOff("Ana Ruiz", "CIO", LocalDate.of(2026, 12, 2)),
            new SignOff("Ben Okafor", "CMO", LocalDate.of(2026, 12, 2)));

    private final MovingClock clock = new MovingClock(T0);
    private final TemplateCatalog catalog = new TemplateCatalog();

    @TempDir
    Path data;

    private Workshop created(WorkshopStore store) {
        return store.create(catalog.newWorkshop(TemplateCatalog.CIO_CMO, "Alignment", T0));
    }

    private static Cell firstCell(Workshop w) {
        return new Cell(w.activities().get(0).id(), w.roles().get(0).id());
    }

    @Test
    void eachSavedEditKeepsWhatItChangedAndWhenAcrossReopening() {
        long id;
        Cell cell;
        Instant typedAt;
        try (H2WorkshopStore store = H2WorkshopStore.open(data, clock)) {
            Workshop w = created(store);
            id = w.id();
            cell = firstCell(w);
            WorkshopSession session = new WorkshopSession(store, w, clock);
            clock.advance(Duration.ofMinutes(5));
            typedAt = clock.instant();
            session.apply(new Edit("Set A", x -> x.withLetter(cell.activityId(), cell.roleId(), Raci.A)));
            session.saveNow();
            clock.advance(Duration.ofMinutes(5));
            session.apply(new Edit("Rationale", x -> x.withActivityChanged(cell.activityId(),
                    a -> a.withRationale("IT owns it"))));
            session.saveNow();
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(data, clock)) {
            assertThat(store.savedEditCount(id)).isEqualTo(2);
            Map<String, Instant> when = store.lastChanged(id, T0, clock.instant());
            assertThat(when).containsEntry(WorkshopChanges.letterSubject(cell), typedAt)
                    .containsEntry("rationale:" + cell.activityId(), typedAt.plus(Duration.ofMinutes(5)));
            // Before the letter was typed nothing had changed.
            assertThat(store.lastChanged(id, T0, typedAt.minusSeconds(1))).isEmpty();
        }
    }

    @Test
    void undoAndRedoAreSavedEditsOfTheirOwn() {
        try (H2WorkshopStore store = H2WorkshopStore.open(data, clock)) {
            Workshop w = created(store);
            Cell cell = firstCell(w);
            WorkshopSession session = new WorkshopSession(store, w, clock);
            clock.advance(Duration.ofMinutes(1));
            session.apply(new Edit("Set R", x -> x.withLetter(cell.activityId(), cell.roleId(), Raci.R)));
            session.saveNow();
            clock.advance(Duration.ofMinutes(1));
            session.undo();
            session.saveNow();
            assertThat(store.load(w.id()).letter(cell.activityId(), cell.roleId())).isEmpty();
            assertThat(store.savedEditCount(w.id())).isEqualTo(2);
            assertThat(store.lastChanged(w.id(), T0, clock.instant()))
                    .containsEntry(WorkshopChanges.letterSubject(cell), clock.instant());
            // The audit trail keeps both: the letter set, then taken back, each with its time.
            assertThat(store.history(w.id(), T0)).extracting(c -> c.what() + ": " + c.beforeAfter() + " at " + c.when())
                    .containsExactly(
                            w.activities().get(0).name() + " · " + w.roles().get(0).shortLabel() + ": (none) → R at "
                                    + T0.plus(Duration.ofMinutes(1)),
                            w.activities().get(0).name() + " · " + w.roles().get(0).shortLabel() + ": R → (none) at "
                                    + T0.plus(Duration.ofMinutes(2)));
        }
    }

    @Test
    void closingARoundKeepsTheWholeWorkshopReadOnlyWithItsSignOffs() {
        long id;
        Workshop agreed;
        try (H2WorkshopStore store = H2WorkshopStore.open(data, clock)) {
            Workshop w = created(store);
            id = w.id();
            Cell cell = firstCell(w);
            WorkshopSession session = new WorkshopSession(store, w, clock);
            clock.advance(Duration.ofMinutes(1));
            session.apply(new Edit("Set A", x -> x.withLetter(cell.activityId(), cell.roleId(), Raci.A)
                    .withActivityAgreed(cell.activityId(), "CIO and CMO", T0)
                    .withGuideChanged(g -> g.withActionAdded(ActionItem.create("Send the matrix", "Ana", null)))));
            agreed = session.saveNow();
            clock.advance(Duration.ofMinutes(1));
            Round round = store.closeRound(id, "Round 1", SIGNED);
            assertThat(round.number()).isEqualTo(1);
            assertThat(round.heading(java.time.ZoneOffset.UTC)).isEqualTo("Round 1, agreed 2026-12-02");
            clock.advance(Duration.ofMinutes(1));
            session.apply(new Edit("Set C", x -> x.withLetter(cell.activityId(), cell.roleId(), Raci.C)));
            session.saveNow();
            assertThat(store.closeRound(id, "Second look", List.of()).number()).isEqualTo(2);
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(data, clock)) {
            Rounds rounds = store.rounds(id);
            assertThat(rounds.closed()).extracting(Round::name).containsExactly("Round 1", "Second look");
            assertThat(rounds.closed().get(0).signOffs()).isEqualTo(SIGNED);
            assertThat(rounds.closed().get(0).closedAt()).isEqualTo(T0.plus(Duration.ofMinutes(2)));
            Workshop first = store.roundSnapshot(id, 1);
            assertThat(first.matrix()).isEqualTo(agreed.matrix());
            assertThat(first.guide()).isEqualTo(agreed.guide());
            assertThat(first.details()).isEqualTo(agreed.details());
            Cell cell = firstCell(first);
            assertThat(store.roundSnapshot(id, 2).letter(cell.activityId(), cell.roleId())).hasValue(Raci.C);
            assertThat(store.load(id).letter(cell.activityId(), cell.roleId())).hasValue(Raci.C);
        }
    }

    @Test
    void theSessionComparesARoundWithNowAndAnyTwoRoundsDatingEachChange() {
        try (H2WorkshopStore store = H2WorkshopStore.open(data, clock)) {
            Workshop w = created(store);
            Cell cell = firstCell(w);
            Activity second = w.activities().get(1);
            WorkshopSession session = new WorkshopSession(store, w, clock);
            assertThat(session.changesSinceLatest()).isEmpty();
            clock.advance(Duration.ofMinutes(1));
            Round first = session.closeRound("Round 1", SIGNED);
            clock.advance(Duration.ofMinutes(1));
            Instant typed = clock.instant();
            session.apply(new Edit("Set A", x -> x.withLetter(cell.activityId(), cell.roleId(), Raci.A)));
            clock.advance(Duration.ofMinutes(1));
            // Not saved yet: the comparison saves it first, so it is dated like any other.
            assertThat(session.changesSinceLatest()).hasValueSatisfying(since -> {
                assertThat(since.title()).isEqualTo("Changes since Round 1");
                assertThat(since.changes()).singleElement().satisfies(c -> {
                    assertThat(c.beforeAfter()).isEqualTo("(none) → A");
                    assertThat(c.when()).isEqualTo(typed);
                });
            });
            Round secondRound = session.closeRound("Round 2", List.of());
            clock.advance(Duration.ofMinutes(1));
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
        try (H2WorkshopStore store = H2WorkshopStore.open(data, clock)) {
            Workshop w = created(store);
            assertThatThrownBy(() -> store.closeRound(w.id(), "  ", SIGNED)).isInstanceOf(ValidationException.class);
            assertThat(store.rounds(w.id()).closed()).isEmpty();
            assertThatThrownBy(() -> new SignOff("", "CIO", LocalDate.of(2026, 12, 2)))
                    .isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void aFollowUpCarriesTheLastRoundAndItsLinkAndItsNextRoundIsTheNewOne() {
        try (H2WorkshopStore store = H2WorkshopStore.open(data, clock)) {
            Workshop original = created(store);
            clock.advance(Duration.ofMinutes(1));
            store.closeRound(original.id(), "Round 1", SIGNED);
            clock.advance(Duration.ofDays(30));
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

    @Test
    void aFileMadeByTheVersionThreeSchemaOpensWithItsCurrentStateAsItsFirstRound() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("accord");
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "")
                .locations(org.accord.store.jdbc.Migrations.locations(H2WorkshopStore.ENGINE)).target("3").load().migrate();
        UUID activity = UUID.randomUUID();
        UUID role = UUID.randomUUID();
        try (var c = DriverManager.getConnection(url, "sa", ""); var st = c.createStatement()) {
            st.executeUpdate("UPDATE store_state SET edit_sequence = 0");
            st.executeUpdate("INSERT INTO workshop (id, title, organization, facilitator, notes, consulted_limit, created_at,"
                    + " last_edited_at) VALUES (7, 'Agreed in November', 'Acme', 'Łukasz', '', 3,"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-21 16:30:00+00')");
            st.executeUpdate("INSERT INTO activity_group VALUES (7, 0, 'Data')");
            st.executeUpdate("INSERT INTO role VALUES ('" + role + "', 7, 0, 'Chief Information Officer', 'CIO', 'IT')");
            st.executeUpdate("INSERT INTO activity VALUES ('" + activity + "', 7, 0, 'Analytics', '', 'Data', 'Why', 'AGREED')");
            st.executeUpdate("INSERT INTO raci_letter VALUES ('" + activity + "', '" + role + "', 'A')");
        }
        Workshop opened;
        try (H2WorkshopStore store = H2WorkshopStore.open(data, clock)) {
            opened = store.load(7);
            // Its action items and agreements (a guide document, as version 3 kept it) come into the round too.
            WorkshopSession session = new WorkshopSession(store, opened, clock);
            Rounds rounds = store.rounds(7);
            assertThat(rounds.closed()).singleElement().satisfies(r -> {
                assertThat(r.number()).isEqualTo(1);
                assertThat(r.name()).isEqualTo("Round 1");
                assertThat(r.closedAt()).isEqualTo(Instant.parse("2026-11-21T16:30:00Z"));
                assertThat(r.signOffs()).isEmpty();
            });
            Workshop first = store.roundSnapshot(7, 1);
            assertThat(first.matrix()).isEqualTo(opened.matrix());
            assertThat(first.details()).isEqualTo(opened.details());
            assertThat(first.guide()).isEqualTo(opened.guide());
            assertThat(WorkshopChanges.between(first, opened)).isEmpty();
            clock.advance(Duration.ofMinutes(1));
            session.apply(new Edit("Set R", x -> x.withLetter(activity, role, Raci.R)));
            session.saveNow();
            assertThat(WorkshopChanges.between(store.roundSnapshot(7, 1), store.load(7)))
                    .singleElement().satisfies(c -> assertThat(c.beforeAfter()).isEqualTo("A → R"));
            assertThat(store.closeRound(7, "Round 2", SIGNED).number()).isEqualTo(2);
        }
    }

    @Test
    void aVersionThreeGuideDocumentIsKeptInTheFirstRound() throws Exception {
        Workshop withGuide;
        try (H2WorkshopStore store = H2WorkshopStore.open(data, clock)) {
            Workshop w = created(store);
            Activity a = w.activities().get(0);
            withGuide = w.withActivityAgreed(a.id(), "CIO and CMO", T0)
                    .withGuideChanged(g -> g.withActionAdded(ActionItem.create("Review in March", "Ben", null)));
            store.save(w, withGuide);
        }
        // Back to the version 3 schema as an older Accord left the file: the rounds and history tables not there.
        String url = "jdbc:h2:file:" + data.resolve("accord");
        try (var c = DriverManager.getConnection(url, "sa", ""); var st = c.createStatement()) {
            for (String table : List.of("workshop_presence", "saved_change", "saved_edit", "round_guide", "round_letter", "round_activity",
                    "round_role", "round_group", "round_signoff", "workshop_round")) {
                st.executeUpdate("DROP TABLE " + table);
            }
            st.executeUpdate("ALTER TABLE workshop DROP COLUMN follows_workshop_id");
            st.executeUpdate("ALTER TABLE workshop DROP COLUMN edit_version"); // V5's, which came after
            st.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('4', '5', '6')"); // V6's table too
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(data, clock)) {
            Workshop first = store.roundSnapshot(withGuide.id(), 1);
            assertThat(first.guide()).isEqualTo(withGuide.guide());
            assertThat(first.activities().get(0).status()).isEqualTo(ActivityStatus.AGREED);
            assertThat(store.load(withGuide.id())).isEqualTo(withGuide);
        }
    }

    /**
     * The local library closes rounds one at a time too (the same SQL as the team's): a round closed after another
     * was closed since the window last looked is refused, and names who closed it.
     */
    @Test
    void aRoundClosedAfterAnotherWasClosedSinceIsRefusedOnTheLocalFileToo() {
        try (H2WorkshopStore store = H2WorkshopStore.open(data, clock)) {
            Workshop w = created(store);
            WorkshopSession first = new WorkshopSession(store, w, clock);
            WorkshopSession second = new WorkshopSession(store, w, clock);
            store.closeRound(w.id(), 0, "Maria", "Round 1", SIGNED);
            assertThatThrownBy(() -> second.closeRound("Round 1", List.of(), 0))
                    .isInstanceOf(RoundClosedMeanwhileException.class)
                    .hasMessageStartingWith("Maria closed round 1 at ");
            assertThat(store.rounds(w.id()).closed()).hasSize(1);
            assertThat(first.closeRound("Round 2", List.of(), 1).number()).isEqualTo(2);
            assertThat(first.stillOpen()).as("the local file shows nobody else").isEmpty();
        }
    }
}
