package org.accord.export.json;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.accord.domain.AccordException;
import org.accord.domain.Workshop;
import tools.jackson.core.JacksonException;

/**
 * The file of an edit journal (docs/decisions/0016): the edits made to a workshop of a team's library that its server
 * has not got yet, kept on the laptop so that a laptop killed while the server was away loses nothing.
 *
 * <p>It is a workshop file: under {@code workshop} the facilitator's version, which Import reads as a workshop of its
 * own (it ignores the rest). Under {@code journal} what putting the edits back needs: the workshop as the server had
 * it when they began (the base of the three-way merge), the ids and times an exchange file does not carry, how many
 * edits they were, and which library (its address, never a password). The edits are kept as their result, not one
 * by one: applied in order, they give that workshop, and the merge with what others saved since goes cell by cell.
 */
public final class EditJournalFile {
    /** A journal is a workshop file, so Import opens one that was put aside. */
    public static final String EXTENSION = WorkshopFile.EXTENSION;

    record Exact(long id, String createdAt, String lastEditedAt) {
    }

    record Journal(String library, int edits, String writtenAt, Exact mine, Exact baseExact,
                   WorkshopFile.WorkshopData base) {
    }

    record JournalData(String format, int formatVersion, WorkshopFile.WorkshopData workshop, Journal journal) {
    }

    /**
     * What a journal holds.
     *
     * @param library the library's address as messages name it
     * @param base    the workshop as the server had it when the edits began
     * @param mine    the workshop with the edits
     * @param edits   how many edits (for the facilitator's message)
     */
    public record Pending(String library, Workshop base, Workshop mine, int edits, Instant writtenAt) {
    }

    private EditJournalFile() {
    }

    public static void write(Pending pending, OutputStream out) throws IOException {
        Journal journal = new Journal(pending.library(), pending.edits(), pending.writtenAt().toString(),
                exact(pending.mine()), exact(pending.base()), WorkshopFile.data(pending.base()));
        try {
            WorkshopFile.mapper().writeValue(out, new JournalData(WorkshopFile.FORMAT, WorkshopFile.FORMAT_VERSION,
                    WorkshopFile.data(pending.mine()), journal));
        } catch (JacksonException e) {
            throw new IOException(e.getOriginalMessage(), e);
        }
    }

    /** Reads a journal back, ids and times as they were; an {@link AccordException} if it is not one. */
    public static Pending read(byte[] file) {
        JournalData data = WorkshopFile.parse(file, JournalData.class);
        Journal journal = data.journal();
        if (!WorkshopFile.FORMAT.equals(data.format()) || journal == null || data.workshop() == null
                || journal.base() == null || journal.mine() == null || journal.baseExact() == null) {
            throw new AccordException("This is not an Accord edit journal: it lacks the workshop or its base.");
        }
        try {
            return new Pending(journal.library(), restore(journal.base(), journal.baseExact()),
                    restore(data.workshop(), journal.mine()), journal.edits(), Instant.parse(journal.writtenAt()));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new AccordException("The edit journal's times cannot be read.", e);
        }
    }

    private static Exact exact(Workshop w) {
        return new Exact(w.id(), w.createdAt().toString(), w.lastEditedAt().toString());
    }

    private static Workshop restore(WorkshopFile.WorkshopData data, Exact exact) {
        Workshop w = WorkshopFile.toWorkshop(data, Instant.parse(exact.createdAt()), true);
        return new Workshop(exact.id(), w.details(), Instant.parse(exact.createdAt()),
                Instant.parse(exact.lastEditedAt()), w.consultedLimit(), w.matrix(), w.guide());
    }
}
