package org.accord.room;

import java.util.concurrent.CompletableFuture;
import org.accord.domain.Edit;
import org.accord.domain.Workshop;

/**
 * Where the room server hands what the room sends: the window's side of it. The server calls these from its own
 * threads; an implementation moves the edit onto the thread that edits the workshop (the JavaFX thread in the
 * window) and never lets a network thread touch the screen.
 */
public interface RoomDesk {
    /** The workshop as it is now; safe to call from any thread (workshops are immutable). */
    Workshop workshop();

    /**
     * Applies the edit through the workshop's one edit path (undo, autosave and checks follow from it). The future
     * completes once the edit is on disk, or exceptionally with a {@link Refusal} saying in the room's words why it
     * was refused (nothing of it applied).
     */
    CompletableFuture<Void> apply(Edit edit);

    /** How many phones have joined so far; called from the server's threads. */
    default void devicesJoined(int count) {
    }
}
