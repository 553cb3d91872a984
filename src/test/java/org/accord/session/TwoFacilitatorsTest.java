package org.accord.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Edit;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;
import org.accord.domain.WorkshopMerge;
import org.accord.store.StaleWorkshopException;
import org.accord.store.postgres.PostgresWorkshopStore;
import org.accord.store.postgres.RealPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two facilitators with one workshop open on a team's library: two sessions, each with its own connection to the
 * real PostgreSQL server the build starts. Nothing one saves is ever written over by the other.
 */
class TwoFacilitatorsTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private final RealPostgres server = RealPostgres.server();
    private PostgresWorkshopStore anasLaptop;
    private PostgresWorkshopStore bensLaptop;
    private Workshop saved;
    private UUID roadmap;
    private UUID budget;
    private UUID cio;
    private UUID cmo;

    @BeforeEach
    void oneWorkshopOnTwoLaptops() {
        String url = server.newAccordDatabase();
        anasLaptop = PostgresWorkshopStore.open(url, RealPostgres.credentials(), CLOCK);
        bensLaptop = PostgresWorkshopStore.open(url, RealPostgres.credentials(), CLOCK);
        saved = anasLaptop.create(new TemplateCatalog().newWorkshop(TemplateCatalog.CIO_CMO, "Shared", Instant.now()));
        roadmap = saved.activities().get(0).id();
        budget = saved.activities().get(1).id();
        cio = saved.roles().get(0).id();
        cmo = saved.roles().get(1).id();
    }

    @AfterEach
    void closeBoth() {
        anasLaptop.close();
        bensLaptop.close();
    }

    private WorkshopSession open(PostgresWorkshopStore laptop) {
        return new WorkshopSession(laptop, laptop.load(saved.id()), CLOCK);
    }

    private static Edit letter(UUID activity, UUID role, Raci letter) {
        return new Edit("letter", w -> w.withLetter(activity, role, letter));
    }

    @Test
    void aStaleEditThatDoesNotConflictIsReappliedOnTopOfTheOthers() {
        WorkshopSession ana = open(anasLaptop);
        WorkshopSession ben = open(bensLaptop);
        ana.apply(letter(roadmap, cio, Raci.A));
        ana.saveNow();
        ben.apply(letter(budget, cmo, Raci.R)); // based on the version before Ana's save
        Workshop merged = ben.saveNow();
        assertThat(merged.letter(roadmap, cio)).hasValue(Raci.A);
        assertThat(merged.letter(budget, cmo)).hasValue(Raci.R);
        assertThat(ben.current()).isEqualTo(merged);
        assertThat(ben.isSaved()).isTrue();
        Workshop stored = anasLaptop.load(saved.id());
        assertThat(stored.letter(roadmap, cio)).hasValue(Raci.A);
        assertThat(stored.letter(budget, cmo)).hasValue(Raci.R);
        assertThat(ben.nextUndo()).as("undo would write over Ana's letter").isEmpty();
    }

    @Test
    void aConflictingEditIsNeverWrittenOverTheOtherAndIsSettledAsChosen() {
        WorkshopSession ana = open(anasLaptop);
        WorkshopSession ben = open(bensLaptop);
        ana.apply(letter(roadmap, cio, Raci.A));
        ana.saveNow();
        ben.apply(letter(roadmap, cio, Raci.C));
        ben.apply(letter(budget, cmo, Raci.I));
        String roadmapName = saved.activities().get(0).name();
        assertThatThrownBy(ben::saveNow).isInstanceOf(WorkshopConflictException.class)
                .hasMessageContaining("the cell " + roadmapName + " × CIO")
                .satisfies(e -> assertThat(((WorkshopConflictException) e).conflicts()).hasSize(1));
        assertThat(anasLaptop.load(saved.id()).letter(roadmap, cio)).as("Ana's letter stands").hasValue(Raci.A);
        assertThat(anasLaptop.load(saved.id()).letter(budget, cmo)).as("nothing of Ben's half-saved").isEmpty();
        assertThat(ben.isSaved()).isFalse();
        assertThat(ben.current().letter(roadmap, cio)).as("Ben's edit is kept").hasValue(Raci.C);

        ben.resolveConflicts(WorkshopMerge.Keep.THEIRS);
        Workshop stored = anasLaptop.load(saved.id());
        assertThat(stored.letter(roadmap, cio)).hasValue(Raci.A);
        assertThat(stored.letter(budget, cmo)).as("what did not conflict is saved").hasValue(Raci.I);
        assertThat(ben.current()).isEqualTo(stored);

        ana.pullChanges();
        ana.apply(letter(roadmap, cio, Raci.R));
        ana.saveNow();
        ben.apply(letter(roadmap, cio, Raci.I));
        assertThatThrownBy(ben::saveNow).isInstanceOf(WorkshopConflictException.class);
        ben.resolveConflicts(WorkshopMerge.Keep.MINE);
        assertThat(anasLaptop.load(saved.id()).letter(roadmap, cio)).hasValue(Raci.I);
    }

    @Test
    void aSecondSessionSeesTheOthersChangesArriveAndKeepsItsOwnUnsavedOnes() {
        WorkshopSession ana = open(anasLaptop);
        WorkshopSession ben = open(bensLaptop);
        assertThat(ben.pullChanges()).as("nothing new yet").isFalse();
        ben.apply(letter(budget, cmo, Raci.R)); // not saved yet
        ana.apply(letter(roadmap, cio, Raci.A));
        ana.apply(new Edit("rename", w -> w.withActivityChanged(budget, a -> a.withName("Budget, renamed"))));
        ana.saveNow();
        assertThat(ben.pullChanges()).isTrue();
        assertThat(ben.current().letter(roadmap, cio)).hasValue(Raci.A);
        assertThat(ben.current().activities().get(1).name()).isEqualTo("Budget, renamed");
        assertThat(ben.current().letter(budget, cmo)).as("Ben's own edit").hasValue(Raci.R);
        assertThat(ben.isSaved()).isFalse();
        ben.saveNow();
        assertThat(ana.pullChanges()).isTrue();
        Workshop stored = bensLaptop.load(saved.id());
        assertThat(stored).isEqualTo(ben.current());
        assertThat(ana.current()).isEqualTo(stored);
    }

    /** The check and the claim are one statement: of two saves on the same version at once, exactly one is written. */
    @Test
    void twoSavesBasedOnTheSameVersionAtOnceWriteExactlyOne() throws Exception {
        Workshop base = anasLaptop.load(saved.id());
        bensLaptop.load(saved.id());
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (var laptop : List.of(anasLaptop, bensLaptop)) {
                Raci mine = laptop == anasLaptop ? Raci.A : Raci.R;
                results.add(two.submit(() -> {
                    together.await();
                    try {
                        laptop.save(base, base.withLetter(roadmap, cio, mine));
                        return true;
                    } catch (StaleWorkshopException refused) {
                        return false;
                    }
                }));
            }
            int written = 0;
            for (Future<Boolean> result : results) {
                written += result.get() ? 1 : 0;
            }
            assertThat(written).isEqualTo(1);
        } finally {
            two.shutdown();
        }
    }
}
