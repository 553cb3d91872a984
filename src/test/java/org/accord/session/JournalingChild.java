package org.accord.session;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.accord.domain.Edit;
import org.accord.domain.Workshop;
import org.accord.store.StoreException;
import org.accord.store.postgres.PostgresWorkshopStore;
import org.accord.store.postgres.RealPostgres;

/**
 * A child JVM for {@link NetworkFailsMidMeetingTest}: a laptop with a team's workshop open, as the window has it
 * (a {@link WorkshopSession} with its journal). It prints READY once the workshop is open; then for each line "EDIT"
 * on its standard input it makes edit n (letter n of the matrix, as {@link JournalEdits#edit}) and saves, printing
 * "SAVED n" or, when the server cannot be reached, "KEPT n" once the save failed (the journal is written by then).
 *
 * <p>Usage: {@code JournalingChild URL JOURNAL_FOLDER WORKSHOP_ID}.
 */
public final class JournalingChild {
    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path journalFolder = Path.of(args[1]);
        long workshopId = Long.parseLong(args[2]);
        try (PostgresWorkshopStore store = PostgresWorkshopStore.open(url, RealPostgres.credentials(), Clock.systemUTC())) {
            Workshop loaded = store.load(workshopId);
            WorkshopSession session = new WorkshopSession(store, loaded, Clock.systemUTC(),
                    org.accord.app.EditJournalFiles.in(journalFolder, PostgresWorkshopStore.describe(url)));
            System.out.println("READY");
            System.out.flush();
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.equals("EDIT")) {
                    continue;
                }
                int edit = n++;
                session.apply(new Edit("edit " + edit, w -> JournalEdits.edit(w, edit)));
                try {
                    session.saveNow();
                    System.out.println("SAVED " + edit);
                } catch (StoreException away) {
                    System.out.println("KEPT " + edit);
                }
                System.out.flush();
            }
        }
    }
}
