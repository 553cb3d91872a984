package org.accord.cli;

import java.time.Clock;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.accord.domain.Names;
import org.accord.store.WorkshopSummary;
import org.accord.store.WorkshopStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Prints the saved workshops, last edited first: id, title, organization, date, last edited.")
final class ListCommand implements Callable<Integer> {
    private static final DateTimeFormatter EDITED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    @ParentCommand
    AccordCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (WorkshopStore store = parent.library().openForReading(Clock.systemUTC())) {
            out.printf("%-6s %-40s %-24s %-10s %s%n", "ID", "TITLE", "ORGANIZATION", "DATE", "LAST EDITED");
            for (WorkshopSummary w : store.list()) {
                // A terminal obeys what it is sent: a direction override in a title would turn the rest of the
                // line around, an escape sequence could clear the screen. Both are shown as codes instead.
                out.printf("%-6d %-40s %-24s %-10s %s%n", w.id(), Names.forTerminal(w.title()), Names.forTerminal(w.organization()),
                        w.date() == null ? "" : w.date().toString(), EDITED.format(w.lastEditedAt()));
            }
        }
        return 0;
    }
}
