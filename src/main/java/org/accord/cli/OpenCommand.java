package org.accord.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Opens the window on a workshop: an id, an exact title, or an .accord.json file to import.")
final class OpenCommand implements Callable<Integer> {
    @ParentCommand
    AccordCommand parent;

    @Parameters(index = "0", paramLabel = "WORKSHOP", description = "Id, exact title, or FILE.accord.json.")
    String workshop;

    @Override
    public Integer call() {
        parent.openWindow(workshop);
        return 0;
    }
}
