package org.accord.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.accord.domain.Workshop;
import org.accord.store.WorkshopStore;
import org.accord.store.WorkshopSummary;
import org.accord.store.library.LibraryChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code accord --data DIR --database URL copy-from-local}: every workshop of the local library (the data folder's)
 * into the team's, whole (matrix, agenda, agreements, everything a workshop file carries), each in a transaction of
 * its own. The local library is only read. A workshop already in the team's library (same title, same last edit)
 * is not copied again, so a copy cut short is finished by running it again.
 */
@Command(name = "copy-from-local", mixinStandardHelpOptions = true,
        description = "Copies every workshop of your own library (--data, or the default folder) into the team's "
                + "library that --database names. Run it again to finish a copy cut short: nothing is copied twice.")
final class CopyFromLocalCommand implements Callable<Integer> {
    @ParentCommand
    AccordCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LibraryChoice team = parent.library();
        if (!team.isTeam()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "copy-from-local copies into a team's library: name it with --database jdbc:postgresql://…");
        }
        LibraryChoice local = LibraryChoice.local(parent.dataFolder());
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Clock.systemUTC();
        int copied = 0;
        int alreadyThere = 0;
        try (WorkshopStore from = local.openForReading(clock); WorkshopStore into = team.open(clock)) {
            Set<String> there = new HashSet<>();
            for (WorkshopSummary w : into.list()) {
                there.add(key(w.title(), w));
            }
            List<WorkshopSummary> workshops = from.list();
            for (WorkshopSummary summary : workshops) {
                if (there.contains(key(summary.title(), summary))) {
                    alreadyThere++;
                    continue;
                }
                // A timer left running when the window was last closed counts only up to where it was last seen.
                Workshop workshop = from.load(summary.id()).withTimersStoppedWhereLastSeen();
                long id = into.create(workshop.withId(0)).id();
                out.printf("%d -> %d  %s%n", summary.id(), id, org.accord.domain.Names.forTerminal(summary.title()));
                copied++;
            }
            out.printf("Copied %d of %d workshops from %s to %s%s.%n", copied, workshops.size(), local.describe(),
                    team.describe(), alreadyThere == 0 ? "" : " (" + alreadyThere + " were there already)");
        }
        return 0;
    }

    private static String key(String title, WorkshopSummary summary) {
        return title + '\u0000' + summary.lastEditedAt();
    }
}
