package org.accord.domain.guide;

import java.time.Duration;
import java.time.Instant;

/**
 * The countdown of one step. {@code counted} is the time on this countdown since its last reset; {@code spent} is
 * all the time the step has run, resets included, for the wrap-up. While running, {@code runningSince} holds the
 * start of the current run and nothing needs saving each second: the time so far follows from the clock.
 *
 * <p>{@code lastSeen} is the last moment Accord was known to be running with this timer on (the window records it
 * every {@link #HEARTBEAT}). A workshop closed, or a program killed, with a timer running must not go on counting
 * the weeks until it is reopened: {@link #stoppedWhereLastSeen} stops such a timer where it was last seen.
 *
 * <p>Every method takes the current time, so tests use a fixed clock instead of sleeping.
 */
public record StepClock(Duration counted, Duration spent, Instant runningSince, int extraMinutes, Instant lastSeen) {
    public static final int EXTENSION_MINUTES = 5;
    /** How often a running timer's {@code lastSeen} is saved: at most this much of a killed run is not counted. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(30);
    public static final StepClock STOPPED = new StepClock(Duration.ZERO, Duration.ZERO, null, 0, null);

    public StepClock {
        counted = counted == null || counted.isNegative() ? Duration.ZERO : counted;
        spent = spent == null || spent.isNegative() ? Duration.ZERO : spent;
        extraMinutes = Math.max(0, extraMinutes);
        if (runningSince == null || (lastSeen != null && lastSeen.isBefore(runningSince))) {
            lastSeen = runningSince; // a stopped timer has nothing to remember; a running one was seen when it started
        }
    }

    /** A timer as saved before {@code lastSeen} existed. */
    public StepClock(Duration counted, Duration spent, Instant runningSince, int extraMinutes) {
        this(counted, spent, runningSince, extraMinutes, runningSince);
    }

    public boolean running() {
        return runningSince != null;
    }

    public StepClock start(Instant now) {
        return running() ? this : new StepClock(counted, spent, now, extraMinutes, now);
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
        return new StepClock(counted, spent, runningSince, extraMinutes + EXTENSION_MINUTES, lastSeen);
    }

    /** A running timer was seen running at {@code now}; saved, it is where a killed run stops counting. */
    public StepClock seen(Instant now) {
        if (!running() || !now.isAfter(lastSeen)) {
            return this;
        }
        return new StepClock(counted, spent, runningSince, extraMinutes, now);
    }

    /** True when a running timer's last sighting is {@link #HEARTBEAT} or more before {@code now}. */
    public boolean dueForSighting(Instant now) {
        return running() && Duration.between(lastSeen, now).compareTo(HEARTBEAT) >= 0;
    }

    /**
     * A timer found running in a workshop just opened: Accord was closed or killed while it ran. It stops where it
     * was last known to run (or at {@code alsoKnownRunningAt}, a later moment the workshop was edited while it ran),
     * so the time between that moment and the reopening never counts.
     */
    public StepClock stoppedWhereLastSeen(Instant alsoKnownRunningAt) {
        if (!running()) {
            return this;
        }
        Instant last = alsoKnownRunningAt != null && alsoKnownRunningAt.isAfter(lastSeen) ? alsoKnownRunningAt : lastSeen;
        return pause(last);
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
