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

/**
 * Rounds in an H2 file made by an older Accord (issue 19). What every engine's rounds do (closing, history,
 * follow-ups) is in {@link WorkshopStoreContract}, run on H2 and on PostgreSQL.
 */
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
