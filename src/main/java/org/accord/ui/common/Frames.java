package org.accord.ui.common;

import java.util.function.LongConsumer;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Work to do once a frame has been laid out: after the first frame, or after the first that shows something. */
public final class Frames {
    private Frames() {
    }

    /** Runs {@code then} on the JavaFX thread, after the next pulse has laid the scene out. */
    public static void afterNextFrame(Scene scene, Runnable then) {
        afterFrame(scene, s -> true, laidOut -> then.run());
    }

    /**
     * Runs {@code then} on the JavaFX thread with the time (System.nanoTime) of the first pulse, from the next one
     * on, whose laid-out scene meets {@code shows}. The time is taken in the pulse itself, so work queued on the
     * JavaFX thread for after the frame does not count towards it (--startup-report).
     */
    public static void afterFrame(Scene scene, Predicate<Scene> shows, LongConsumer then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (shows.test(scene)) {
                long laidOut = System.nanoTime();
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> then.accept(laidOut));
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
