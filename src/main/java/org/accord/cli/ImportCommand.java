package org.accord.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.accord.domain.Workshop;
import org.accord.export.json.WorkshopFile;
import org.accord.store.WorkshopStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports an .accord.json workshop file as a new workshop and prints its id.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    AccordCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.accord.json", description = "The workshop file to import.")
    Path file;

    @Override
    public Integer call() {
        // Read and check the whole file before the database is touched: a bad file imports nothing.
        Workshop imported = WorkshopFile.read(file, Clock.systemDefaultZone().instant());
        try (WorkshopStore store = parent.library().open(Clock.systemUTC())) {
            spec.commandLine().getOut().println(store.create(imported).id());
        }
        return 0;
    }
}
