package org.accord.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Edit;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;
import org.accord.store.ChildJvm;
import org.accord.store.StoreException;
import org.accord.store.postgres.PostgresWorkshopStore;
import org.accord.store.postgres.RealPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team's server goes away mid-meeting (issue 20, item 4): the real PostgreSQL the build starts is stopped while a
 * facilitator edits, and started again. Every edit is kept, in memory and in the journal on disk, and written once
 * the server is back, in order, through the version check; a laptop killed meanwhile (kill -9 of a child JVM) loses
 * nothing either: the next session puts the journal's edits back.
 */
class NetworkFailsMidMeetingTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private final RealPostgres server = RealPostgres.server();

    @TempDir
    Path journalFolder;

    private Workshop newWorkshop(String url) {
        try (var store = PostgresWorkshopStore.open(url, RealPostgres.credentials(), CLOCK)) {
            return store.create(new TemplateCatalog().newWorkshop(TemplateCatalog.CIO_CMO, "Away", Instant.now()));
        }
    }

    private EditJournal journal(String url) {
        return org.accord.app.EditJournalFiles.in(journalFolder, PostgresWorkshopStore.describe(url));
    }

    private static Edit edit(int n) {
        return new Edit("edit " + n, w -> JournalEdits.edit(w, n));
    }

    @Test
    void editsMadeWhileTheServerIsStoppedAreKeptOnDiskAndWrittenInOrderThroughTheVersionCheckOnceItIsBack()
            throws Exception {
        String url = server.newAccordDatabase();
        Workshop saved = newWorkshop(url);
        UUID lastRow = saved.activities().get(saved.activities().size() - 1).id();
        UUID cmo = saved.roles().get(1).id();
        try (var laptop = PostgresWorkshopStore.open(url, RealPostgres.credentials(), CLOCK)) {
            EditJournal journal = journal(url);
            WorkshopSession session = new WorkshopSession(laptop, laptop.load(saved.id()), CLOCK, journal);
            session.apply(edit(0));
            session.saveNow();
            assertThat(journal.file(saved.id())).as("nothing is journaled while the server is there").doesNotExist();

            server.stop();
            try {
                for (int n = 1; n <= 3; n++) {
                    session.apply(edit(n));
                    // The first failure is the server's goodbye on the open connection, the next ones a refused connect:
                    // both say it cannot be reached.
                    assertThatThrownBy(session::saveNow).isInstanceOf(StoreException.class)
                            .hasMessageContaining("the team's library at 127.0.0.1:" + server.port())
                            .hasMessageContaining("cannot be reached").hasMessageNotContaining("SQL");
                    assertThat(session.isSaved()).isFalse();
                    Workshop kept = EditJournalFileReader.read(journal.file(saved.id())).mine();
                    assertThat(kept).as("after edit %d the journal holds it", n).isEqualTo(session.current());
                }
                // The fourth edit changes the first one's cell again: the order decides what the cell holds.
                session.apply(new Edit("again", w -> w.withLetter(w.activities().get(0).id(), w.roles().get(0).id(),
                        Raci.C)));
                assertThatThrownBy(session::saveNow).isInstanceOf(StoreException.class);
                String journalText = Files.readString(journal.file(saved.id()));
                assertThat(journalText).doesNotContain(RealPostgres.PASSWORD).contains("127.0.0.1:" + server.port());
            } finally {
                server.startAgain();
            }
            // Meanwhile another facilitator saved a letter elsewhere: the kept edits go on top of it, not over it.
            Workshop stored;
            Workshop written;
            try (var otherLaptop = PostgresWorkshopStore.open(url, RealPostgres.credentials(), CLOCK)) {
                Workshop theirs = otherLaptop.load(saved.id());
                otherLaptop.save(theirs, theirs.withLetter(lastRow, cmo, Raci.A));
                written = session.saveNow();
                stored = otherLaptop.load(saved.id());
            }
            assertThat(session.isSaved()).isTrue();
            assertThat(journal.file(saved.id())).as("the server has the edits: the journal is gone").doesNotExist();
            assertThat(stored).isEqualTo(written);
            assertThat(stored.details().notes()).as("every edit, in order").isEqualTo("0,1,2,3");
            assertThat(stored.letter(saved.activities().get(0).id(), saved.roles().get(0).id())).hasValue(Raci.C);
            for (int n = 1; n <= 3; n++) {
                assertThat(JournalEdits.letterOf(stored, n)).isEqualTo(JournalEdits.letter(n));
            }
            assertThat(stored.letter(lastRow, cmo)).as("the other facilitator's letter stands").hasValue(Raci.A);
        }
    }

    @Test
    void aLaptopKilledWhileTheServerIsAwayLosesNothingTheNextSessionWritesTheJournalsEdits() throws Exception {
        String url = server.newAccordDatabase();
        Workshop saved = newWorkshop(url);
        Process child = ChildJvm.start(JournalingChild.class, url, journalFolder.toString(), String.valueOf(saved.id()));
        ChildJvm.Output output = ChildJvm.collect(child);
        try {
            output.awaitLine("READY");
            PrintWriter typing = new PrintWriter(child.getOutputStream(), true, StandardCharsets.UTF_8);
            typing.println("EDIT");
            output.awaitLine("SAVED 0");
            server.stop();
            try {
                for (int n = 1; n <= 3; n++) {
                    typing.println("EDIT");
                    output.awaitLine("KEPT " + n);
                }
                child.destroyForcibly().waitFor(); // kill -9: no shutdown hook, no last save
            } finally {
                server.startAgain();
            }
        } finally {
            child.destroyForcibly();
        }
        try (var laptop = PostgresWorkshopStore.open(url, RealPostgres.credentials(), CLOCK)) {
            assertThat(laptop.load(saved.id()).details().notes()).as("the server has only the first edit").isEqualTo("0");
            WorkshopSession reopened = new WorkshopSession(laptop, laptop.load(saved.id()), CLOCK, journal(url));
            WorkshopSession.Recovery recovery = reopened.recoverFromJournal();
            assertThat(recovery.message())
                    .isEqualTo("3 edits made on this laptop while the team's server could not be reached were saved now.");
            Workshop stored = laptop.load(saved.id());
            assertThat(stored.details().notes()).isEqualTo("0,1,2,3");
            for (int n = 0; n <= 3; n++) {
                assertThat(JournalEdits.letterOf(stored, n)).isEqualTo(JournalEdits.letter(n));
            }
            assertThat(journal(url).file(saved.id())).doesNotExist();
            assertThat(reopened.recoverFromJournal().found()).as("put back once").isFalse();
        }
    }

    @Test
    void aJournalThatClashesWithChangesSavedSinceIsKeptAsideAndTheFacilitatorIsTold() throws Exception {
        String url = server.newAccordDatabase();
        Workshop saved = newWorkshop(url);
        UUID roadmap = saved.activities().get(0).id();
        UUID cio = saved.roles().get(0).id();
        try (var laptop = PostgresWorkshopStore.open(url, RealPostgres.credentials(), CLOCK)) {
            WorkshopSession session = new WorkshopSession(laptop, laptop.load(saved.id()), CLOCK, journal(url));
            server.stop();
            try {
                session.apply(new Edit("mine", w -> w.withLetter(roadmap, cio, Raci.R)));
                assertThatThrownBy(session::saveNow).isInstanceOf(StoreException.class);
            } finally {
                server.startAgain();
            }
            // The window is closed without the edit reaching the server; another facilitator sets the same cell.
        }
        try (var other = PostgresWorkshopStore.open(url, RealPostgres.credentials(), CLOCK)) {
            Workshop theirs = other.load(saved.id());
            other.save(theirs, theirs.withLetter(roadmap, cio, Raci.A));
        }
        try (var laptop = PostgresWorkshopStore.open(url, RealPostgres.credentials(), CLOCK)) {
            WorkshopSession reopened = new WorkshopSession(laptop, laptop.load(saved.id()), CLOCK, journal(url));
            WorkshopSession.Recovery recovery = reopened.recoverFromJournal();
            assertThat(recovery.putAside()).isTrue();
            assertThat(recovery.message()).startsWith("1 edit made on this laptop while the team's server could not be"
                    + " reached clash").contains("the cell " + saved.activities().get(0).name() + " × CIO")
                    .contains("Nothing of theirs was written over");
            assertThat(laptop.load(saved.id()).letter(roadmap, cio)).as("theirs stands").hasValue(Raci.A);
            assertThat(recovery.keptIn()).exists().isNotEqualTo(journal(url).file(saved.id()));
            // Kept as a workshop file: Import opens the facilitator's version as a workshop of its own.
            Workshop imported = org.accord.export.json.WorkshopFile.read(recovery.keptIn(), Instant.now());
            assertThat(imported.letter(imported.activities().get(0).id(), imported.roles().get(0).id())).hasValue(Raci.R);
            // A later save of this session never writes over or deletes what was put aside.
            reopened.apply(new Edit("later", w -> w.withLetter(saved.activities().get(1).id(), cio, Raci.I)));
            reopened.saveNow();
            assertThat(recovery.keptIn()).exists();
        }
    }
}
