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
 * <p>Usage: {@code EditingChild DATA_DIR WORKSHOP_ID edit|hold|on-request [H2_RETENTION_MS]}. With
 * {@code on-request} it makes one edit for each line "EDIT" on its standard input, so the parent sets the pauses
 * between edits, as the room does. H2_RETENTION_MS shortens how long H2 keeps space it freed before using it again
 * (45 s by default), so a test can pause for seconds where a room pauses for minutes.
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
            if (args[2].equals("on-request")) {
                if (args.length > 3) {
                    shortenRetention(data, Integer.parseInt(args[3]));
                }
                editOnRequest(session);
                return;
            }
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

    /** Edit n for the n-th line "EDIT" read; continues from what the workshop's notes say was saved last. */
    private static void editOnRequest(WorkshopSession session) throws java.io.IOException {
        String notes = session.current().details().notes();
        int next = notes.isEmpty() ? 0 : Integer.parseInt(notes) + 1;
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.equals("EDIT")) {
                int edit = next++;
                session.apply(new Edit("edit " + edit, w -> applyEdit(w, edit)));
                session.saveNow();
                System.out.println("ACK " + edit);
                System.out.flush();
            }
        }
    }

    /** A second connection to the database the store has open (H2 shares it within one program), for one setting. */
    private static void shortenRetention(Path data, int millis) throws java.sql.SQLException {
        String url = H2WorkshopStore.url(data.toAbsolutePath().normalize(), false);
        try (var connection = java.sql.DriverManager.getConnection(url, "sa", "");
             var statement = connection.createStatement()) {
            statement.execute("SET RETENTION_TIME " + millis);
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
