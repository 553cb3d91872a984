package org.accord.app;

import javafx.beans.value.ObservableValue;
import org.accord.domain.Workshop;

/**
 * What the window tells whoever watches it from outside (the start-up report, org.accord.diagnostics): the window
 * itself measures nothing. Every method has a default that changes nothing, so a listener overrides only what it uses.
 */
public interface WindowListener {
    /** Listens to nothing: the window as a facilitator starts it. */
    WindowListener NONE = new WindowListener() {
    };

    /**
     * The workshop named at start is about to be asked for, once the database is open. {@code ask} asks for it; a
     * listener may run it later (as a facilitator would click after reading the start screen), but must run it.
     */
    default void workshopRequested(Runnable ask) {
        ask.run();
    }

    /** A workshop's screen is on show; {@code workshop} is that workshop as each edit changes it. */
    default void workshopShown(ObservableValue<Workshop> workshop) {
    }
}
