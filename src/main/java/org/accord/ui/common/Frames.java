package org.accord.ui.common;

import java.util.function.LongConsumer;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.Rectangle;

/** Work to do once a frame has been laid out: after the first frame, or after the first that shows something. */
public final class Frames {
    private Frames() {
    }

    /**
     * Runs {@code then} on the JavaFX thread once the next frame has been drawn and handed to the window, so that
     * work done to follow a frame (building the rest of a screen) does not hold that frame back from the screen.
     *
     * <p>Why a snapshot: without a GPU (software rendering, as under Xvfb or on a machine without OpenGL), JavaFX
     * draws a frame on its render thread and then queues the copy of its pixels to the window on the JavaFX thread.
     * Work queued there before that copy ran first: the rest of the start screen (about 0.1 s) kept the first frame's
     * title off the screen for that long. The render thread draws one thing at a time, in order, so a snapshot, even
     * of one pixel, is drawn after the frame; once it is done, the frame's copy is queued, and {@code then} is queued
     * behind it. With a GPU the frame is shown by the render thread itself and this only waits for it.
     */
    public static void afterNextFrame(Scene scene, Runnable then) {
        afterFrame(scene, s -> true, laidOut -> {
            new Rectangle(1, 1).snapshot(null, new WritableImage(1, 1));
            Platform.runLater(then);
        });
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
