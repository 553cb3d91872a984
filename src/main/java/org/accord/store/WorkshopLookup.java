package org.accord.store;

import java.util.List;
import org.accord.domain.AccordException;
import org.accord.domain.Messages;

/** A workshop named by the facilitator (command line, file association): its id, or its exact title. */
public final class WorkshopLookup {
    private WorkshopLookup() {
    }

    public static long resolve(WorkshopStore store, String argument) {
        List<WorkshopSummary> all = store.list();
        if (argument.matches("\\d{1,18}")) {
            long id = Long.parseLong(argument);
            if (all.stream().anyMatch(w -> w.id() == id)) {
                return id;
            }
        }
        List<WorkshopSummary> titled = all.stream().filter(w -> w.title().equals(argument)).toList();
        if (titled.size() == 1) {
            return titled.get(0).id();
        }
        if (titled.isEmpty()) {
            throw new AccordException("No workshop has the id or the exact title " + Messages.quote(argument)
                    + "; 'accord list' shows them.");
        }
        throw new AccordException("Several workshops are titled " + Messages.quote(argument) + "; name one by its id: "
                + String.join(", ", titled.stream().map(WorkshopSummary::id).sorted().map(String::valueOf).toList()) + ".");
    }
}
