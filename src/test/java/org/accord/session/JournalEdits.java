package org.accord.session;

import java.util.UUID;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;
import org.accord.domain.WorkshopDetails;

/** The edits the journal tests make: edit n sets letter n of the matrix (row-major) and writes "n" into the notes. */
final class JournalEdits {
    private JournalEdits() {
    }

    static Workshop edit(Workshop w, int n) {
        UUID activity = w.activities().get(n / w.roles().size()).id();
        UUID role = w.roles().get(n % w.roles().size()).id();
        Workshop withLetter = w.withLetter(activity, role, letter(n));
        var d = w.details();
        return withLetter.withDetails(new WorkshopDetails(d.title(), d.organization(), d.date(), d.facilitator(),
                d.notes().isEmpty() ? String.valueOf(n) : d.notes() + "," + n));
    }

    static Raci letter(int n) {
        return Raci.values()[n % Raci.values().length];
    }

    static Raci letterOf(Workshop w, int n) {
        UUID activity = w.activities().get(n / w.roles().size()).id();
        UUID role = w.roles().get(n % w.roles().size()).id();
        return w.letter(activity, role).orElse(null);
    }
}
