package org.accord.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.accord.domain.Names;
import org.accord.domain.Workshop;
import org.accord.store.WorkshopLookup;
import org.accord.store.WorkshopStore;
import org.accord.store.WorkshopSummary;
import org.accord.store.library.LibraryChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code accord --data DIR --database URL copy-to-local WORKSHOP}: one workshop of the team's library into the local
 * one (the data folder's), whole: everything a workshop file carries (matrix, agenda, agreements, the guide), in one
 * transaction. The team's library is only read. Copying the same version twice makes no second copy: the local
 * library's copy (same title, same last edit) is named instead. The reverse of {@code copy-from-local}, for one
 * workshop: a facilitator takes it on a laptop that will be away from the team's server.
 */
@Command(name = "copy-to-local", mixinStandardHelpOptions = true,
        description = "Copies one workshop of the team's library that --database names into your own library "
                + "(--data, or the default folder) and prints its id there.")
final class CopyToLocalCommand implements Callable<Integer> {
    @ParentCommand
    AccordCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSHOP", description = "The workshop's id or exact title in the team's library.")
    String workshop;

    @Override
    public Integer call() {
        LibraryChoice team = parent.library();
        if (!team.isTeam()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "copy-to-local copies from a team's library: name it with --database jdbc:postgresql://…");
        }
        LibraryChoice local = LibraryChoice.local(parent.dataFolder());
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Clock.systemUTC();
        // Read whole before the local library is opened: a workshop that is not there copies nothing.
        Workshop copied;
        try (WorkshopStore from = team.openForReading(clock)) {
            // A timer left running when the window was last closed counts only up to where it was last seen.
            copied = from.load(WorkshopLookup.resolve(from, workshop)).withTimersStoppedWhereLastSeen();
        }
        try (WorkshopStore into = local.open(clock)) {
            Optional<WorkshopSummary> there = into.list().stream().filter(w -> w.title().equals(copied.title())
                    && w.lastEditedAt().equals(copied.lastEditedAt())).findFirst();
            if (there.isPresent()) {
                out.printf("%s is in %s already, as %d: nothing copied.%n", Names.forTerminal(copied.title()),
                        local.describe(), there.get().id());
                return 0;
            }
            long id = into.create(copied.withId(0)).id();
            out.printf("Copied %s from %s to %s as %d.%n", Names.forTerminal(copied.title()), team.describe(),
                    local.describe(), id);
        }
        return 0;
    }
}
