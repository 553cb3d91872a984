package org.accord.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The undo and redo stacks of one open workshop, bounded so a long workshop cannot grow them without end. */
public final class EditHistory {
    /** One step back or forward: the description and the workshop on each side of it. */
    public record Step(String description, Workshop before, Workshop after) {
    }

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    public EditHistory(int limit) {
        this.limit = limit;
    }

    public void record(String description, Workshop before, Workshop after) {
        undo.push(new Step(description, before, after));
        if (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** The step undone, whose {@code before} is the workshop to go back to. */
    public Optional<Step> undo() {
        Step step = undo.poll();
        if (step != null) {
            redo.push(step);
        }
        return Optional.ofNullable(step);
    }

    /** The step redone, whose {@code after} is the workshop to go forward to. */
    public Optional<Step> redo() {
        Step step = redo.poll();
        if (step != null) {
            undo.push(step);
        }
        return Optional.ofNullable(step);
    }

    public Optional<String> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(Step::description);
    }

    public Optional<String> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(Step::description);
    }

    /** Forgets every step: after another facilitator's changes came in, going back would write over them. */
    public void clear() {
        undo.clear();
        redo.clear();
    }
}
