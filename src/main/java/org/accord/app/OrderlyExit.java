package org.accord.app;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import sun.misc.Signal;

/**
 * Ended by the system (log-out, shut-down, {@code kill}: SIGTERM; Ctrl+C: SIGINT; a closed terminal: SIGHUP), the
 * window closes as when the facilitator quits: JavaFX stops the program (the open workshop's last edits are saved,
 * the database is closed), ends its own threads, and only then does the process exit.
 *
 * <p>Left to Java's default, a signal starts every shutdown hook at once, JavaFX's among them, which tears down its
 * renderer while the JavaFX thread may still be drawing a frame: once in a while a NullPointerException from inside
 * JavaFX reached the terminal at exit. The database's own shutdown hook stays as the guard if closing takes too long.
 */
public final class OrderlyExit {
    /** Closing normally takes well under a second; after this the process exits anyway, its hooks close the rest. */
    private static final long CLOSE_TIMEOUT_SECONDS = 20;
    private static final CountDownLatch WINDOW_ENDED = new CountDownLatch(1);
    private static final AtomicBoolean EXITING = new AtomicBoolean();
    /** The exit status of the signal being handled, 0 while none is. */
    private static volatile int signalStatus;

    private OrderlyExit() {
    }

    /** Before the window starts. A signal the process was started to ignore (nohup) stays ignored. */
    public static void onSignals() {
        for (String name : List.of("TERM", "INT", "HUP")) {
            try {
                Signal.handle(new Signal(name), OrderlyExit::closeTheWindow);
            } catch (IllegalArgumentException usedByTheJvm) {
                // -Xrs, or a system without this signal: Java's default (its shutdown hooks) stays
            }
        }
    }

    /** When JavaFX has ended (Application.launch returned), whatever ended it. */
    public static void windowEnded() {
        WINDOW_ENDED.countDown();
        if (signalStatus != 0) {
            // Ended by a signal: the process ends with its status, not 0 when this, the last thread, returns (the
            // signal's thread is a daemon and might not get to exit first).
            System.exit(signalStatus);
        }
    }

    /** On the signal's own thread: asks JavaFX to stop, waits for it, then exits as the signal would have. */
    private static void closeTheWindow(Signal signal) {
        if (!EXITING.compareAndSet(false, true)) {
            return; // a second signal while closing: the first one exits
        }
        signalStatus = 128 + signal.getNumber(); // the exit status of a process ended by this signal
        java.util.logging.Logger.getLogger(OrderlyExit.class.getName()).info(
                () -> "Ended by the system (SIG" + signal.getName() + "): closing the window");
        try {
            Platform.runLater(Platform::exit);
            WINDOW_ENDED.await(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (IllegalStateException notStarted) {
            // JavaFX has not started yet: nothing of it to stop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            System.exit(signalStatus);
        }
    }
}
