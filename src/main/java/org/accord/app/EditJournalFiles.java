package org.accord.app;

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
import org.accord.session.EditJournal;
import org.accord.store.DataFolder;

/**
 * The {@link EditJournal} on disk. Where the edits to a team's workshop that its server has not got yet are kept on this laptop: one file per
 * workshop in a folder per team library, in the data folder (docs/decisions/0016, "The network fails mid-meeting").
 * Written only after a save failed, whole and forced to disk before it replaces the last one ({@link SafeFile}), so
 * a laptop killed at any moment leaves the last journal or the one before it, never half of one. Deleted once the
 * server has the edits. It holds the workshop and the library's address, never a password.
 */
public final class EditJournalFiles implements EditJournal {
    private static final Logger LOG = Logger.getLogger(EditJournalFiles.class.getName());

    private final Path folder;
    private final String library;

    private EditJournalFiles(Path folder, String library) {
        this.folder = folder;
        this.library = library;
    }

    /**
     * @param folder  this team library's journal folder (made when first written)
     * @param library the library as messages name it ("the team's library at host:5432/accord")
     */
    public static EditJournal in(Path folder, String library) {
        return new EditJournalFiles(folder, library);
    }

    @Override
    public boolean isKept() {
        return true;
    }

    @Override
    public String library() {
        return library;
    }

    @Override
    public Path file(long workshopId) {
        return folder.resolve("workshop-" + workshopId + ".journal" + EditJournalFile.EXTENSION);
    }

    @Override
    public void keep(Pending pending) {
        if (!Files.isDirectory(folder)) {
            DataFolder.prepare(folder); // private to the user: it holds what was said in the room
        }
        Path file = file(pending.mine().id());
        SafeFile.write(file, true, out -> EditJournalFile.write(new EditJournalFile.Pending(pending.library(),
                pending.base(), pending.mine(), pending.edits(), pending.writtenAt()), out));
        DataFolder.keepPrivate(file);
    }

    @Override
    public Optional<Pending> read(long workshopId) {
        Path file = file(workshopId);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            EditJournalFile.Pending kept = EditJournalFile.read(Files.readAllBytes(file));
            return Optional.of(new Pending(kept.library(), kept.base(), kept.mine(), kept.edits(), kept.writtenAt()));
        } catch (IOException e) {
            throw new AccordException("Accord could not read the edits kept on this laptop in " + file + ".", e);
        }
    }

    /** A journal that cannot be deleted is only logged. */
    @Override
    public void forget(long workshopId) {
        try {
            Files.deleteIfExists(file(workshopId));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the edit journal " + file(workshopId), e);
        }
    }

    /** Under a name of its own in the same folder, importable as a workshop file. */
    @Override
    public Path putAside(long workshopId, String title) {
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
