package org.accord.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.accord.catalog.TemplateCatalog;
import org.accord.store.WorkshopStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "new", mixinStandardHelpOptions = true, description = "Creates a workshop and prints its id.")
final class NewCommand implements Callable<Integer> {
    @ParentCommand
    AccordCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--title", required = true, paramLabel = "T", description = "The workshop's title.")
    String title;

    @Option(names = "--template", paramLabel = "cio-cmo|blank", defaultValue = TemplateCatalog.CIO_CMO,
            description = "The template to start from: cio-cmo (default) or blank.")
    String template;

    @Override
    public Integer call() {
        TemplateCatalog catalog = new TemplateCatalog();
        if (catalog.templates().stream().noneMatch(t -> t.id().equals(template))) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Unknown template '" + template + "'; use cio-cmo or blank.");
        }
        // Made (and its title checked) before the database is opened: opening takes a backup and rotates the old
        // ones out, which a refused title must not cost the facilitator.
        var workshop = catalog.newWorkshop(template, title, Clock.systemDefaultZone().instant());
        try (WorkshopStore store = parent.library().open(Clock.systemUTC())) {
            long id = store.create(workshop).id();
            spec.commandLine().getOut().println(id);
        }
        return 0;
    }
}
