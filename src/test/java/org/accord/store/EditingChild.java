package org.accord.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.accord.domain.Edit;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;
import org.accord.session.WorkshopSession;
import org.accord.store.h2.H2WorkshopStore;

/**
 * A child JVM for the crash and second-instance tests. It edits a workshop through {@link WorkshopSession}, the path
 * the window uses, and prints "ACK n" only after edit n is durably saved.
 *
 * <p>Edit n is one multi-part change: it sets letter n of the matrix (cells in row-major order), adds action item
 * "Action n" to the guide, and writes "n" into the workshop's notes, so a reader can tell both that every acknowledged edit is there and that no edit is half-applied.
 *
 * <p>Usage: {@code EditingChild DATA_DIR WORKSHOP_ID edit|hold}.
 */
public final class EditingChild {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        long workshopId = Long.parseLong(args[1]);
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            System.out.println("READY");
            System.out.flush();
            if (args[2].equals("hold")) {
                Thread.sleep(60_000);
                return;
            }
            WorkshopSession session = new WorkshopSession(store, store.load(workshopId), Clock.systemUTC());
            int cells = cellCount(session.current());
            for (int n = 0; n < cells; n++) {
                int edit = n;
                session.apply(new Edit("edit " + n, w -> applyEdit(w, edit)));
                session.saveNow();
                System.out.println("ACK " + n);
                System.out.flush();
                Thread.sleep(2);
            }
            System.out.println("DONE");
            Thread.sleep(60_000);
        }
    }

    static int cellCount(Workshop w) {
        return w.activities().size() * w.roles().size();
    }

    static Workshop applyEdit(Workshop w, int n) {
        UUID activity = w.activities().get(n / w.roles().size()).id();
        UUID role = w.roles().get(n % w.roles().size()).id();
        Workshop withLetter = w.withLetter(activity, role, expectedLetter(n));
        Workshop withAction = withLetter.withGuide(withLetter.guide()
                .withActionAdded(org.accord.domain.guide.ActionItem.create("Action " + n, "Crash test", null)));
        return withAction.withDetails(new org.accord.domain.WorkshopDetails(w.title(), w.details().organization(),
                w.details().date(), w.details().facilitator(), String.valueOf(n)));
    }

    static Raci expectedLetter(int n) {
        return Raci.values()[n % Raci.values().length];
    }
}
