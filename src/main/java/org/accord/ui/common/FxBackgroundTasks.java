package org.accord.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.accord.domain.AccordException;

/**
 * Runs work on one daemon thread and reports back with {@link Platform#runLater}. The window has two: one for the
 * database (opening, saving each edit, backups), one for files (reading a CSV into a preview, rendering an export),
 * so an edit's save never waits behind a long file; see docs/decisions/0004.
 */
public final class FxBackgroundTasks implements BackgroundTasks {
    private static final Logger LOG = Logger.getLogger(FxBackgroundTasks.class.getName());

    private final ExecutorService executor;

    /** The database's thread. */
    public FxBackgroundTasks() {
        this("accord-background");
    }

    /** @param threadName names the thread in logs and thread dumps */
    public FxBackgroundTasks(String threadName) {
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void run(String what, Callable<T> work, Consumer<T> onSuccess, Consumer<AccordException> onFailure) {
        if (executor.isShutdown()) {
            LOG.fine(() -> "The window is closing; not starting: " + what);
            return;
        }
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (AccordException e) {
                // Its message is for the facilitator and may quote what was typed: the log keeps its type (SupportLog).
                LOG.log(Level.WARNING, "Could not " + what, e);
                Platform.runLater(() -> onFailure.accept(e));
            } catch (Exception | Error e) {
                LOG.log(Level.SEVERE, "Unexpected failure while trying to " + what, e);
                AccordException readable = new AccordException("Accord could not " + what
                        + ". Nothing you already saved is lost; please try again.", e);
                Platform.runLater(() -> onFailure.accept(readable));
            }
        });
    }

    @Override
    public void drain() {
        try {
            executor.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Background work did not finish in time", e);
        }
    }

    public void shutdown() {
        drain();
        executor.shutdown();
    }
}
