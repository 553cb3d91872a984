package org.accord.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.accord.domain.AccordException;
import org.accord.export.SafeFile;
import org.accord.export.json.EditJournalFile;
import org.accord.store.DataFolder;

/**
 * Where the edits to a team's workshop that its server has not got yet are kept on this laptop: one file per
 * workshop in a folder per team library, in the data folder (docs/decisions/0016, "The network fails mid-meeting").
 * Written only after a save failed, whole and forced to disk before it replaces the last one ({@link SafeFile}), so
 * a laptop killed at any moment leaves the last journal or the one before it, never half of one. Deleted once the
 * server has the edits. It holds the workshop and the library's address, never a password.
 */
public final class EditJournal {
    private static final Logger LOG = Logger.getLogger(EditJournal.class.getName());

    /** No journal: the local library (its edits are on the laptop's disk once saved) and the tests that need none. */
    public static final EditJournal NONE = new EditJournal(null, null);

    private final Path folder;
    private final String library;

    private EditJournal(Path folder, String library) {
        this.folder = folder;
        this.library = library;
    }

    /**
     * @param folder  this team library's journal folder (made when first written)
     * @param library the library as messages name it ("the team's library at host:5432/accord")
     */
    public static EditJournal in(Path folder, String library) {
        return new EditJournal(folder, library);
    }

    public boolean isKept() {
        return folder != null;
    }

    /** The library as messages name it. */
    String library() {
        return library;
    }

    /** The journal file of a workshop. */
    public Path file(long workshopId) {
        return folder.resolve("workshop-" + workshopId + ".journal" + EditJournalFile.EXTENSION);
    }

    /** Writes the edits not yet on the server, replacing the last journal of the workshop. Blocking. */
    void keep(EditJournalFile.Pending pending) {
        if (!Files.isDirectory(folder)) {
            DataFolder.prepare(folder); // private to the user: it holds what was said in the room
        }
        Path file = file(pending.mine().id());
        SafeFile.write(file, true, out -> EditJournalFile.write(pending, out));
        DataFolder.keepPrivate(file);
    }

    /** The workshop's journal, if one was left; an {@link AccordException} if it cannot be read. Blocking. */
    Optional<EditJournalFile.Pending> read(long workshopId) {
        if (folder == null) {
            return Optional.empty();
        }
        Path file = file(workshopId);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(EditJournalFile.read(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new AccordException("Accord could not read the edits kept on this laptop in " + file + ".", e);
        }
    }

    /** The server has the edits: the journal goes. A journal that cannot be deleted is only logged. */
    void forget(long workshopId) {
        try {
            Files.deleteIfExists(file(workshopId));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the edit journal " + file(workshopId), e);
        }
    }

    /**
     * Moves a journal that cannot be put back (it clashes with what others saved since) out of the way, under a name
     * of its own in the same folder, and returns where it is now: kept, never dropped, and importable as a workshop.
     */
    Path putAside(long workshopId, String title) {
        Path file = file(workshopId);
        String when = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HHmmss"));
        String safeTitle = title.replaceAll("[^\\p{L}\\p{N} ._-]", "_");
        safeTitle = safeTitle.substring(0, Math.min(safeTitle.length(), 60)); // a file name holds 255 bytes
        Path aside = folder.resolve(safeTitle + " - kept edits " + when + EditJournalFile.EXTENSION);
        try {
            Files.move(file, aside, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return aside;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not put the edit journal " + file + " aside", e);
            return file;
        }
    }
}
