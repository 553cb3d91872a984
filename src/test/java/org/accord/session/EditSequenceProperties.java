package org.accord.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Edit;
import org.accord.domain.MatrixChecks;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Side;
import org.accord.domain.ValidationException;
import org.accord.domain.Workshop;
import org.accord.store.h2.H2WorkshopStore;

/**
 * Random sequences of edits, undos, redos and saves through the session the window uses: after reloading from the
 * real H2 file, the workshop equals the one in memory and the checks find the same things.
 */
class EditSequenceProperties {
    private static Path folder;
    private static H2WorkshopStore store;

    @BeforeContainer
    static void openStore() throws IOException {
        folder = Files.createTempDirectory("accord-properties");
        store = H2WorkshopStore.open(folder);
    }

    @AfterContainer
    static void closeStore() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One thing the facilitator does; indices are taken modulo what the workshop has at that moment. */
    record Step(int kind, int a, int b, int c) {
        private static final String[] NAMES = {"Analytics", "analytics", "Vendor selection", "Łukasz's list", "王芳",
                "Campaigns", " ", "Roadmap"};

        void applyTo(WorkshopSession session) {
            Workshop w = session.current();
            int activities = w.activities().size();
            int roles = w.roles().size();
            try {
                switch (kind) {
                    case 0, 1, 2 -> {
                        if (activities > 0 && roles > 0) {
                            Raci letter = c % 5 == 4 ? null : Raci.values()[c % 4];
                            session.apply(new Edit("letter", x -> x.withLetter(x.activities().get(a % activities).id(),
                                    x.roles().get(b % roles).id(), letter)));
                        }
                    }
                    case 3 -> session.apply(new Edit("add activity", x -> x.withActivityAdded(
                            Activity.create(NAMES[a % NAMES.length] + (c % 3 == 0 ? "" : " " + c), "", x.groups().get(b % x.groups().size())))));
                    case 4 -> {
                        if (activities > 0) {
                            session.apply(new Edit("remove activity", x -> x.withActivityRemoved(x.activities().get(a % activities).id())));
                        }
                    }
                    case 5 -> {
                        if (activities > 0) {
                            session.apply(new Edit("move", x -> x.withActivityMoved(x.activities().get(a % activities).id(), b % 2 == 0 ? -1 : 1)));
                        }
                    }
                    case 6 -> {
                        if (activities > 0) {
                            session.apply(new Edit("rename", x -> x.withActivityChanged(x.activities().get(a % activities).id(),
                                    act -> act.withName(NAMES[c % NAMES.length]))));
                        }
                    }
                    case 7 -> session.apply(new Edit("add role", x -> x.withRoleAdded(
                            Role.create("Role " + NAMES[a % NAMES.length], "L" + (c % 50), Side.values()[b % 4]))));
                    case 8 -> {
                        if (roles > 0) {
                            session.apply(new Edit("remove role", x -> x.withRoleRemoved(x.roles().get(a % roles).id())));
                        }
                    }
                    case 9 -> {
                        if (roles > 0) {
                            session.apply(new Edit("move role", x -> x.withRoleMoved(x.roles().get(a % roles).id(), b % 2 == 0 ? -1 : 1)));
                        }
                    }
                    case 10 -> {
                        if (activities > 0) {
                            session.apply(new Edit("status and rationale", x -> x.withActivityChanged(
                                    x.activities().get(a % activities).id(),
                                    act -> act.withStatus(ActivityStatus.values()[b % 3]).withRationale("Because " + c))));
                        }
                    }
                    case 11 -> session.apply(new Edit("group", x -> x.withGroupMoved(x.groups().get(a % x.groups().size()), b % 2 == 0 ? -1 : 1)));
                    case 12, 13 -> session.undo();
                    case 14 -> session.redo();
                    default -> session.saveNow();
                }
            } catch (ValidationException refused) {
                // A refused edit changes nothing; that is part of what is checked.
            }
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 16),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 1000)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 40)
    void afterAnyEditsUndosAndRedosTheReloadedWorkshopEqualsTheOneInMemory(@ForAll("steps") List<Step> steps) {
        Workshop start = store.create(new TemplateCatalog().newWorkshop(TemplateCatalog.CIO_CMO, "Property", Instant.now()));
        WorkshopSession session = new WorkshopSession(store, start, Clock.systemUTC());
        for (Step step : steps) {
            step.applyTo(session);
        }
        session.saveNow();
        Workshop reloaded = store.load(start.id());
        assertThat(reloaded).isEqualTo(session.current());
        assertThat(MatrixChecks.run(reloaded)).isEqualTo(MatrixChecks.run(session.current()));
        assertThat(MatrixChecks.loadSummary(reloaded)).isEqualTo(MatrixChecks.loadSummary(session.current()));
    }
}
