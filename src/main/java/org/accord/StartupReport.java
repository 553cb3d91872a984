package org.accord;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * {@code --startup-report}: prints the milliseconds from the start of the process to the first frame of the window,
 * then exits, so start-up can be timed from outside and compared with other programs.
 */
final class StartupReport {
    private StartupReport() {
    }

    static void afterFirstFrame(Scene scene, PrintStream out) {
        Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // The frame laid out in this pulse is rendered before the next queued task runs.
            Platform.runLater(() -> {
                out.println("Accord first window painted after "
                        + Duration.between(processStart, Instant.now()).toMillis() + " ms");
                out.flush();
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
