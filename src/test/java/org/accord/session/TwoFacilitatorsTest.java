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
    private String url;
    private UUID roadmap;
    private UUID budget;
    private UUID cio;
    private UUID cmo;

    @BeforeEach
    void oneWorkshopOnTwoLaptops() {
        url = server.newAccordDatabase();
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

    /**
     * A look for changes that finds a conflict with edits not yet saved here (the window polls every 2 s) must not
     * make the next save forget it: the store then knew their version as the last one read, and a plain save passed
     * the version check and wrote Ben's letter over Ana's.
     */
    @Test
    void aConflictFoundByALookForChangesIsStillFoundByTheNextSave() {
        WorkshopSession ana = open(anasLaptop);
        WorkshopSession ben = open(bensLaptop);
        ana.apply(letter(roadmap, cio, Raci.A));
        ana.saveNow();
        ben.apply(letter(roadmap, cio, Raci.C));
        assertThatThrownBy(ben::pullChanges).isInstanceOf(WorkshopConflictException.class);
        assertThatThrownBy(ben::saveNow).isInstanceOf(WorkshopConflictException.class);
        assertThat(anasLaptop.load(saved.id()).letter(roadmap, cio)).as("Ana's letter stands").hasValue(Raci.A);
        assertThat(ben.current().letter(roadmap, cio)).as("Ben's edit is kept").hasValue(Raci.C);
    }

    /** The chooser's outcome: each conflicting cell takes the version chosen for it, the rest merges as always. */
    @Test
    void eachConflictingCellTakesTheVersionChosenForIt() {
        WorkshopSession ana = open(anasLaptop);
        WorkshopSession ben = open(bensLaptop);
        ana.apply(letter(roadmap, cio, Raci.A));
        ana.apply(letter(budget, cmo, Raci.R));
        ana.saveNow();
        ben.apply(letter(roadmap, cio, Raci.C));
        ben.apply(letter(budget, cmo, Raci.I));
        ben.apply(letter(budget, cio, Raci.A)); // no conflict: only Ben changed it
        WorkshopConflictException conflict = org.junit.jupiter.api.Assertions.assertThrows(
                WorkshopConflictException.class, ben::saveNow);
        assertThat(conflict.clashes()).extracting(WorkshopMerge.Conflict::mine, WorkshopMerge.Conflict::theirs)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("C (Consulted)", "A (Accountable)"),
                        org.assertj.core.groups.Tuple.tuple("I (Informed)", "R (Responsible)"));
        String roadmapKey = WorkshopMerge.cellKey(new org.accord.domain.Cell(roadmap, cio));
        String budgetKey = WorkshopMerge.cellKey(new org.accord.domain.Cell(budget, cmo));
        assertThat(conflict.clashes()).extracting(WorkshopMerge.Conflict::key)
                .containsExactlyInAnyOrder(roadmapKey, budgetKey);

        ben.resolveConflicts(java.util.Map.of(roadmapKey, WorkshopMerge.Keep.MINE, budgetKey, WorkshopMerge.Keep.THEIRS),
                WorkshopMerge.Keep.NEITHER);
        Workshop stored = anasLaptop.load(saved.id());
        assertThat(stored.letter(roadmap, cio)).as("Ben chose his").hasValue(Raci.C);
        assertThat(stored.letter(budget, cmo)).as("Ben chose Ana's").hasValue(Raci.R);
        assertThat(stored.letter(budget, cio)).as("what did not conflict").hasValue(Raci.A);
        assertThat(ben.isSaved()).isTrue();
        assertThat(ben.current()).isEqualTo(stored);
    }

    /** A choice made before a third change of another cell does not settle that one unseen. */
    @Test
    void aConflictThatAroseAfterTheChoiceWasOfferedIsNotSettledUnseen() {
        WorkshopSession ana = open(anasLaptop);
        WorkshopSession ben = open(bensLaptop);
        ana.apply(letter(roadmap, cio, Raci.A));
        ana.saveNow();
        ben.apply(letter(roadmap, cio, Raci.C));
        ben.apply(letter(budget, cmo, Raci.I));
        assertThatThrownBy(ben::saveNow).isInstanceOf(WorkshopConflictException.class);
        ana.apply(letter(budget, cmo, Raci.R));
        ana.saveNow();
        String roadmapKey = WorkshopMerge.cellKey(new org.accord.domain.Cell(roadmap, cio));
        assertThatThrownBy(() -> ben.resolveConflicts(java.util.Map.of(roadmapKey, WorkshopMerge.Keep.MINE),
                WorkshopMerge.Keep.NEITHER)).isInstanceOf(WorkshopConflictException.class)
                .satisfies(e -> assertThat(((WorkshopConflictException) e).conflicts()).hasSize(1)
                        .allMatch(c -> c.contains(saved.activities().get(1).name())));
        assertThat(anasLaptop.load(saved.id()).letter(roadmap, cio)).as("nothing written").hasValue(Raci.A);
    }

    /** Two facilitators close the same round at the same moment: one round is made, the other is told by whom. */
    @Test
    void twoFacilitatorsClosingTheSameRoundAtOnceMakeOneRoundAndTheSecondIsToldWhoClosedIt() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (var laptop : List.of(anasLaptop, bensLaptop)) {
                String who = laptop == anasLaptop ? "Ana" : "Ben";
                results.add(two.submit(() -> {
                    together.await();
                    try {
                        return laptop.closeRound(saved.id(), 0, who, "Round 1", List.of());
                    } catch (org.accord.store.RoundClosedMeanwhileException refused) {
                        return refused;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn(o -> o instanceof org.accord.domain.round.Round).hasSize(1);
            var refused = (org.accord.store.RoundClosedMeanwhileException) outcomes.stream()
                    .filter(o -> o instanceof org.accord.store.RoundClosedMeanwhileException).findFirst().orElseThrow();
            String winner = outcomes.get(0) instanceof org.accord.domain.round.Round ? "Ana" : "Ben";
            assertThat(refused.getMessage()).startsWith(winner + " closed round 1 at ")
                    .contains("a moment ago; it now shows in the history").doesNotContain("SQL", "Exception");
            assertThat(anasLaptop.rounds(saved.id()).closed()).hasSize(1);
        } finally {
            two.shutdown();
        }
        // The next round, closed after the one both now see, is made as always.
        assertThat(bensLaptop.closeRound(saved.id(), 1, "Ben", "Round 2", List.of()).number()).isEqualTo(2);
    }

    /** The window's round closing: the last round its screen showed is what the store checks against. */
    @Test
    void aSessionClosingARoundAnotherClosedMeanwhileIsRefusedAndNothingIsAdded() {
        WorkshopSession ana = open(anasLaptop);
        WorkshopSession ben = open(bensLaptop);
        assertThat(ana.rounds().latest()).isEmpty();
        ana.closeRound("Round 1", List.of(), 0);
        assertThatThrownBy(() -> ben.closeRound("Round 1", List.of(), 0))
                .isInstanceOf(org.accord.store.RoundClosedMeanwhileException.class)
                .hasMessageStartingWith(ThisFacilitator.name() + " closed round 1 at");
        assertThat(ben.rounds().closed()).hasSize(1);
    }

    /** Who has the workshop open: shown to the others while their window keeps looking, gone when it closes. */
    @Test
    void eachSeesWhoElseHasTheWorkshopOpenUntilTheyCloseItOrGoSilent() throws Exception {
        java.util.UUID anasWindow = java.util.UUID.randomUUID();
        java.util.UUID bensWindow = java.util.UUID.randomUUID();
        Instant anaSince = Instant.parse("2026-12-02T14:02:00Z");
        var ana = new org.accord.domain.Presence("maria", "LAPTOP-7", anaSince);
        var ben = new org.accord.domain.Presence("ben", "LAPTOP-9", anaSince.plusSeconds(60));
        assertThat(anasLaptop.markOpen(saved.id(), anasWindow, ana)).as("nobody else yet").isEmpty();
        assertThat(bensLaptop.markOpen(saved.id(), bensWindow, ben)).containsExactly(ana);
        assertThat(anasLaptop.markOpen(saved.id(), anasWindow, ana)).containsExactly(ben);
        assertThat(anasLaptop.openNow()).containsEntry(saved.id(), List.of(ana, ben));

        anasLaptop.markClosed(anasWindow);
        assertThat(bensLaptop.markOpen(saved.id(), bensWindow, ben)).as("Ana closed it").isEmpty();

        // A laptop killed mid-meeting says nothing more: after 30 s without a look it is no longer shown.
        anasLaptop.markOpen(saved.id(), anasWindow, ana);
        try (var c = server.connect(RealPostgres.databaseOf(url)); var st = c.createStatement()) {
            st.executeUpdate("UPDATE workshop_presence SET seen_at = CURRENT_TIMESTAMP - INTERVAL '31 seconds'"
                    + " WHERE opening_id = '" + anasWindow + "'");
        }
        assertThat(bensLaptop.markOpen(saved.id(), bensWindow, ben)).as("Ana's laptop went silent").isEmpty();
        assertThat(anasLaptop.markOpen(saved.id(), anasWindow, ana)).as("back again").containsExactly(ben);
    }

    /** A session on a team's library says it is open; one on the local file never does. */
    @Test
    void aSessionSaysItIsOpenAndGoneWhenLeft() {
        WorkshopSession ana = open(anasLaptop);
        WorkshopSession ben = open(bensLaptop);
        assertThat(ana.stillOpen()).isEmpty();
        assertThat(ben.stillOpen()).singleElement().satisfies(p -> {
            assertThat(p.facilitator()).isEqualTo(ThisFacilitator.name());
            assertThat(p.host()).isEqualTo(ThisFacilitator.host());
        });
        assertThat(new StoreLibrary(bensLaptop).list()).singleElement()
                .satisfies(w -> assertThat(w.openBy()).as("the start screen's list").hasSize(2));
        ana.leave();
        assertThat(ben.stillOpen()).isEmpty();
        assertThat(new StoreLibrary(anasLaptop).list().get(0).openBy()).extracting(p -> p.facilitator())
                .containsExactly(ThisFacilitator.name());
    }

    /**
     * The window retries a refused save every 3 s. The refusal read their version, so the store knew it as the last
     * one read; the retry then passed the version check and wrote Ben's letter over Ana's (seen on screen, two
     * Accords on one server). It must be refused again until Ben chooses.
     */
    @Test
    void aSaveRefusedForAConflictIsRefusedAgainWhenRetried() {
        WorkshopSession ana = open(anasLaptop);
        WorkshopSession ben = open(bensLaptop);
        ana.apply(letter(roadmap, cio, Raci.A));
        ana.saveNow();
        ben.apply(letter(roadmap, cio, Raci.C));
        assertThatThrownBy(ben::saveNow).isInstanceOf(WorkshopConflictException.class);
        assertThatThrownBy(ben::saveNow).as("the retry").isInstanceOf(WorkshopConflictException.class);
        ben.apply(letter(budget, cmo, Raci.R)); // typed meanwhile
        assertThatThrownBy(ben::saveNow).isInstanceOf(WorkshopConflictException.class);
        assertThat(anasLaptop.load(saved.id()).letter(roadmap, cio)).as("Ana's letter stands").hasValue(Raci.A);
        assertThat(anasLaptop.load(saved.id()).letter(budget, cmo)).as("nothing half-saved").isEmpty();
        ben.resolveConflicts(WorkshopMerge.Keep.THEIRS);
        assertThat(anasLaptop.load(saved.id()).letter(budget, cmo)).hasValue(Raci.R);
    }
}
