package org.accord.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For view-model tests without a window: the JavaFX platform (headless Monocle, as the suite configures it) started
 * once, for the animations a view model keeps (a save's retry, the guide's ticking), and calls made on its thread,
 * where the window makes them, so a view model is never touched from two threads.
 */
public final class OnFxThread {
    private OnFxThread() {
    }

    /** Starts the platform if no earlier test has; nothing is shown. */
    public static void startPlatform() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** The value of {@code call}, computed on the JavaFX thread; its exception rethrown here. */
    public static <T> T call(Callable<T> call) throws Exception {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Runs {@code run} on the JavaFX thread and waits for it. */
    public static void run(Runnable run) throws Exception {
        call(() -> {
            run.run();
            return null;
        });
    }

    /**
     * Waits up to {@code seconds} for {@code condition}, asked on the JavaFX thread. A lookup in the scene from the
     * test's thread races the JavaFX thread building the screen (a list of children read while it grows threw
     * IndexOutOfBoundsException on CI); asked on the JavaFX thread, the scene holds still while it is read.
     * <p>
     * The wait is never shorter than {@link #PATIENCE_SECONDS}: a condition that holds ends the wait at once, so a
     * longer limit costs a passing test nothing, while a short one failed whole window tests on a loaded machine
     * (three test JVMs beside other builds: a screen that takes 4 s to build there is not a defect).
     */
    public static void waitUntil(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(Math.max(seconds, PATIENCE_SECONDS), TimeUnit.SECONDS, () -> call(condition));
    }

    /**
     * Whether {@code condition} holds within exactly {@code seconds}, for a test that does something else when it does
     * not (a fallback, not a check): such a wait is not stretched to {@link #PATIENCE_SECONDS}.
     */
    public static boolean holdsWithin(long seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> call(condition));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** The shortest wait {@link #waitUntil} allows. */
    public static final long PATIENCE_SECONDS = 30;
}
