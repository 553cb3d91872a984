package org.accord.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;
import org.accord.ui.common.FilePicker;

/**
 * The file dialogs' answers, given by a test: the system's dialogs cannot be driven headless. Everything after the
 * dialog (reading, writing, the preview, the messages) is the real code.
 */
final class ChosenFiles implements FilePicker {
    private final Deque<Path> answers = new ArrayDeque<>();
    String lastSuggestedName;

    ChosenFiles answer(Path path) {
        answers.add(path);
        return this;
    }

    @Override
    public Optional<Path> save(Window owner, String title, String suggestedName, String description, String extension) {
        lastSuggestedName = suggestedName;
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> open(Window owner, String title, String description, String... extensions) {
        return Optional.ofNullable(answers.poll());
    }
}
