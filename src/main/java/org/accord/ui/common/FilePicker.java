package org.accord.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the facilitator for a file. The window uses the system's own dialogs ({@link FxFilePicker}); tests, which run
 * headless where no system dialog can be driven, give the path directly. A save dialog asks before it lets the
 * facilitator pick an existing file (GTK, Windows and macOS all do), so the chosen file may be replaced.
 */
public interface FilePicker {
    Optional<Path> save(Window owner, String title, String suggestedName, String description, String extension);

    Optional<Path> open(Window owner, String title, String description, String... extensions);
}
