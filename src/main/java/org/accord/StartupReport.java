package org.accord;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * {@code --startup-report}: prints the milliseconds from the start of the process to the first frame of the window,
 * and, when a workshop was named too, from asking for it to the first frame that shows its matrix; then exits. So
 * start-up and opening can be timed from outside and compared with other programs.
 */
final class StartupReport {
    private StartupReport() {
    }

    static void start(AccordWindow window, PrintStream out, boolean waitForWorkshop) {
        Scene scene = window.scene();
        Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        afterNextFrame(scene, () -> {
            out.println("Accord first window painted after " + Duration.between(processStart, Instant.now()).toMillis() + " ms");
            if (!waitForWorkshop) {
                exit(out);
                return;
            }
            scene.rootProperty().addListener((obs, old, root) -> {
                if (root.getStyleClass().contains("workshop-view")) {
                    afterNextFrame(scene, () -> {
                        out.println("Workshop matrix painted " + (System.nanoTime() - window.openRequestedAt()) / 1_000_000
                                + " ms after it was asked for; heap in use "
                                + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024) + " MiB");
                        exit(out);
                    });
                }
            });
        });
    }

    /** Runs after the frame laid out in the next pulse has been rendered. */
    private static void afterNextFrame(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static void exit(PrintStream out) {
        out.flush();
        Platform.exit();
    }
}
