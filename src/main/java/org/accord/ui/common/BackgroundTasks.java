package org.accord.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.accord.domain.AccordException;

/**
 * The one way the window runs slow work (database, files): off the JavaFX thread, with the outcome handed back on
 * the JavaFX thread. Work runs one piece at a time, in the order given, so saves reach the disk in edit order.
 * Work that only reads or writes files (a CSV preview, an export) goes to a second instance, never to the one that
 * saves edits: one piece at a time means a save would wait behind it.
 */
public interface BackgroundTasks {

    /**
     * @param what      what the work does, in the facilitator's words ("open the workshop"), for messages
     * @param work      runs on the background thread
     * @param onSuccess runs on the JavaFX thread with the result
     * @param onFailure runs on the JavaFX thread with a message fit to show
     */
    <T> void run(String what, Callable<T> work, Consumer<T> onSuccess, Consumer<AccordException> onFailure);

    /** Waits (bounded) for work already given to finish; for closing the window without losing a save. */
    void drain();
}
