package org.accord.domain.guide;

import java.time.Duration;
import java.time.Instant;

/**
 * The countdown of one step. {@code counted} is the time on this countdown since its last reset; {@code spent} is
 * all the time the step has run, resets included, for the wrap-up. While running, {@code runningSince} holds the
 * start of the current run and nothing needs saving each second: the time so far follows from the clock.
 *
 * <p>Every method takes the current time, so tests use a fixed clock instead of sleeping.
 */
public record StepClock(Duration counted, Duration spent, Instant runningSince, int extraMinutes) {
    public static final int EXTENSION_MINUTES = 5;
    public static final StepClock STOPPED = new StepClock(Duration.ZERO, Duration.ZERO, null, 0);

    public StepClock {
        counted = counted == null || counted.isNegative() ? Duration.ZERO : counted;
        spent = spent == null || spent.isNegative() ? Duration.ZERO : spent;
        extraMinutes = Math.max(0, extraMinutes);
    }

    public boolean running() {
        return runningSince != null;
    }

    public StepClock start(Instant now) {
        return running() ? this : new StepClock(counted, spent, now, extraMinutes);
    }

    public StepClock pause(Instant now) {
        if (!running()) {
            return this;
        }
        Duration run = sinceStart(now);
        return new StepClock(counted.plus(run), spent.plus(run), null, extraMinutes);
    }

    /** Five more minutes on the countdown; a running timer keeps running. */
    public StepClock extend() {
        return new StepClock(counted, spent, runningSince, extraMinutes + EXTENSION_MINUTES);
    }

    /** Back to the planned minutes, stopped. The time already spent still counts for the wrap-up. */
    public StepClock reset(Instant now) {
        return new StepClock(Duration.ZERO, spent.plus(sinceStart(now)), null, 0);
    }

    /** Time on the countdown so far. */
    public Duration elapsed(Instant now) {
        return counted.plus(sinceStart(now));
    }

    /** All the time this step has run. */
    public Duration spentTotal(Instant now) {
        return spent.plus(sinceStart(now));
    }

    /** Time left of the planned minutes plus extensions; negative once the step runs over. */
    public Duration remaining(Instant now, int plannedMinutes) {
        return Duration.ofMinutes(plannedMinutes + (long) extraMinutes).minus(elapsed(now));
    }

    public boolean overrun(Instant now, int plannedMinutes) {
        return remaining(now, plannedMinutes).isNegative();
    }

    private Duration sinceStart(Instant now) {
        if (runningSince == null || now.isBefore(runningSince)) {
            return Duration.ZERO; // a clock set back must not make time negative
        }
        return Duration.between(runningSince, now);
    }
}
