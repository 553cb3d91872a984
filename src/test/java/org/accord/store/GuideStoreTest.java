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
import org.accord.store.jdbc.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.accord.testing.MovingClock;

/** H2 files from before the guide still open (every kind of guide data on every engine: WorkshopStoreContract). */
class GuideStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    private final TemplateCatalog catalog = new TemplateCatalog();

    @TempDir
    Path data;

    @Test
    void aFileWrittenBeforeTheGuideOpensWithTheStandardAgendaAndKeepsItsMatrix() throws Exception {
        // A version-2 file, as the release before this one wrote it.
        String url = "jdbc:h2:file:" + data.resolve("accord");
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "")
                .locations(Migrations.locations(H2WorkshopStore.ENGINE)).target("2").load().migrate();
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
