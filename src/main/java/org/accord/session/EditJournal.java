package org.accord.session;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.accord.domain.Workshop;

/**
 * Where the edits to a team's workshop that its server has not got yet are kept on this laptop, so that a laptop
 * killed while the server was away loses nothing (docs/decisions/0016, "The network fails mid-meeting"). Written
 * only after a save failed, deleted once the server has the edits; {@link WorkshopSession} decides when. The files
 * themselves are the app's ({@code app/EditJournalFiles}): the session knows no file format. Every method is
 * blocking: off the JavaFX thread.
 */
public interface EditJournal {
    /**
     * What a journal holds.
     *
     * @param library the library's address as messages name it (never a password)
     * @param base    the workshop as the server had it when the edits began: the base of the three-way merge
     * @param mine    the workshop with the edits, in the order they were made
     * @param edits   how many edits (for the facilitator's message)
     */
    record Pending(String library, Workshop base, Workshop mine, int edits, Instant writtenAt) {
    }

    /** No journal: the local library (its edits are on the laptop's disk once saved) and the tests that need none. */
    EditJournal NONE = new EditJournal() {
        @Override
        public boolean isKept() {
            return false;
        }

        @Override
        public String library() {
            return "";
        }

        @Override
        public Path file(long workshopId) {
            throw new IllegalStateException("No journal is kept");
        }

        @Override
        public void keep(Pending pending) {
        }

        @Override
        public Optional<Pending> read(long workshopId) {
            return Optional.empty();
        }

        @Override
        public void forget(long workshopId) {
        }

        @Override
        public Path putAside(long workshopId, String title) {
            throw new IllegalStateException("No journal is kept");
        }
    };

    boolean isKept();

    /** The library as messages name it. */
    String library();

    /** The journal file of a workshop. */
    Path file(long workshopId);

    /** Writes the edits not yet on the server, whole or not at all, replacing the workshop's last journal. */
    void keep(Pending pending);

    /** The workshop's journal, if one was left; an {@link org.accord.domain.AccordException} if it cannot be read. */
    Optional<Pending> read(long workshopId);

    /** The server has the edits: the journal goes. */
    void forget(long workshopId);

    /**
     * Moves a journal that cannot be put back (it clashes with what others saved since) out of the way, under a name
     * of its own, and returns where it is now: kept, never dropped. Returns {@link #file} if it could not be moved.
     */
    Path putAside(long workshopId, String title);
}
