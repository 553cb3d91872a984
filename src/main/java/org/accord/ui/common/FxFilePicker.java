package org.accord.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's file dialogs, starting where the last one left off. */
public final class FxFilePicker implements FilePicker {
    private File lastFolder = new File(System.getProperty("user.home"));

    @Override
    public Optional<Path> save(Window owner, String title, String suggestedName, String description, String extension) {
        FileChooser chooser = chooser(title, description, extension);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> open(Window owner, String title, String description, String... extensions) {
        return remember(chooser(title, description, extensions).showOpenDialog(owner));
    }

    private FileChooser chooser(String title, String description, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description,
                Arrays.stream(extensions).map(e -> "*" + e).toList()));
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
