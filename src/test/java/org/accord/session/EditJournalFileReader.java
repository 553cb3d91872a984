package org.accord.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.accord.export.json.EditJournalFile;

/** Reads a journal file as the next session would, for the tests. */
final class EditJournalFileReader {
    private EditJournalFileReader() {
    }

    static EditJournalFile.Pending read(Path file) throws IOException {
        return EditJournalFile.read(Files.readAllBytes(file));
    }
}
