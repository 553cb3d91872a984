package org.accord.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.accord.domain.AccordException;
import org.accord.ui.common.BackgroundTasks;

/**
 * {@link BackgroundTasks} for view-model tests (JabRef's CurrentThreadTaskExecutor): the work and its outcome run on
 * the caller's thread, so a test sees the result as soon as the call returns. {@link #held()} keeps the work until
 * {@link #runHeld()}, for what happens while work waits its turn (edits arriving while a save is queued).
 * Failures reach {@code onFailure} as the window's tasks hand them on: an {@link AccordException} as it is, anything
 * else wrapped in one.
 */
public final class CurrentThreadTasks implements BackgroundTasks {
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private final boolean holding;
    private int ran;

    private CurrentThreadTasks(boolean holding) {
        this.holding = holding;
    }

    /** Runs each piece of work at once, in the call that gives it. */
    public static CurrentThreadTasks immediate() {
        return new CurrentThreadTasks(false);
    }

    /** Keeps each piece of work until {@link #runHeld()}. */
    public static CurrentThreadTasks held() {
        return new CurrentThreadTasks(true);
    }

    @Override
    public <T> void run(String what, Callable<T> work, Consumer<T> onSuccess, Consumer<AccordException> onFailure) {
        Runnable job = () -> {
            ran++;
            T result;
            try {
                result = work.call();
            } catch (AccordException e) {
                onFailure.accept(e);
                return;
            } catch (Exception e) {
                onFailure.accept(new AccordException("Accord could not " + what
                        + ". Nothing you already saved is lost; please try again.", e));
                return;
            }
            onSuccess.accept(result);
        };
        if (holding) {
            waiting.add(job);
        } else {
            job.run();
        }
    }

    /** Runs the work given so far, and any the outcomes give in turn, in order; how many pieces ran. */
    public int runHeld() {
        int before = ran;
        while (!waiting.isEmpty()) {
            waiting.poll().run();
        }
        return ran - before;
    }

    /** How many pieces of work wait for {@link #runHeld()}. */
    public int waiting() {
        return waiting.size();
    }

    /** How many pieces of work have run so far. */
    public int ran() {
        return ran;
    }

    @Override
    public void drain() {
        runHeld();
    }
}
