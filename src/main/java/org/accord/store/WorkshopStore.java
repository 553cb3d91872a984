package org.accord.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.accord.domain.Workshop;
import org.accord.domain.round.Round;
import org.accord.domain.round.Rounds;
import org.accord.domain.round.SignOff;

/**
 * Where workshops are kept. Every method is blocking and must be called off the JavaFX thread. Failures are
 * {@link StoreException}s with a message for the facilitator.
 */
public interface WorkshopStore extends AutoCloseable {

    /** Saved workshops, last edited first. */
    List<WorkshopSummary> list();

    Workshop load(long workshopId);

    /** Saves a new workshop and returns it with its id. */
    Workshop create(Workshop unsaved);

    /**
     * Makes the stored workshop equal to {@code after}, given that it currently equals {@code before}: only the
     * difference is written, in one transaction, durably. Either all of it is saved or none of it.
     *
     * @throws StaleWorkshopException if the workshop was saved by someone else since this store last read or wrote
     *                                it: nothing is written (a team's library has several facilitators)
     */
    void save(Workshop before, Workshop after);

    /**
     * Closes a round: keeps the workshop as it is saved now, read-only, under {@code name} with the leaders'
     * sign-offs, numbered after the last round. Returns the round.
     */
    Round closeRound(long workshopId, String name, List<SignOff> signOffs);

    /**
     * Closes the round after round {@code afterRound} (0: the first) as {@link #closeRound(long, String, List)} does,
     * recording who closed it; one facilitator at a time: if another closed that round meanwhile, nothing is written
     * and {@link RoundClosedMeanwhileException} says who and when.
     */
    Round closeRound(long workshopId, int afterRound, String closedBy, String name, List<SignOff> signOffs);

    /**
     * Says that this opening of the workshop ({@code opening}, one per window) still has it open, and returns the
     * other facilitators who have it open now, earliest first. A window calls it every few seconds; one not heard of
     * for 30 s has gone. Nothing on a library only one Accord opens (the local file).
     */
    default List<org.accord.domain.Presence> markOpen(long workshopId, java.util.UUID opening,
                                                      org.accord.domain.Presence me) {
        return List.of();
    }

    /** This opening has closed the workshop (see {@link #markOpen}). */
    default void markClosed(java.util.UUID opening) {
    }

    /** Who has each workshop open now, by workshop id (see {@link #markOpen}); empty on the local library. */
    default Map<Long, List<org.accord.domain.Presence>> openNow() {
        return Map.of();
    }

    /** The workshop's closed rounds and what it follows up; not read when a workshop opens. */
    Rounds rounds(long workshopId);

    /** The workshop as it was when round {@code number} was closed. */
    Workshop roundSnapshot(long workshopId, int number);

    /**
     * When each subject (see {@link org.accord.domain.round.Change#subject}) was last changed by an edit saved after
     * {@code after} and no later than {@code until}, from the history of saved edits.
     */
    Map<String, Instant> lastChanged(long workshopId, Instant after, Instant until);

    /**
     * The audit trail: every change saved after {@code after}, oldest first, each with when it was saved (an edit
     * undone later shows twice: made, then taken back).
     */
    List<org.accord.domain.round.Change> history(long workshopId, Instant after);

    /** How many edits with changes the history holds for the workshop (the audit trail's length). */
    int savedEditCount(long workshopId);

    /**
     * The workshop as stored now if it was saved by someone else since this store last read or wrote it; empty if
     * not. Cheap when nothing changed (one number is read), so a window may ask every few seconds.
     */
    java.util.Optional<Workshop> loadIfChanged(long workshopId);

    /** True for a library others may change while a workshop is open here (a team's on a server). */
    default boolean isShared() {
        return false;
    }

    /**
     * A follow-up copy under a new title; returns the copy, saved. It keeps the link to the workshop it came from,
     * and carries that workshop's last round (its name, date and sign-offs, holding the copy as made), so the copy's
     * edits are changes since the agreement and the next round it closes is the new round.
     */
    Workshop duplicate(long workshopId, String newTitle);

    void rename(long workshopId, String newTitle);

    void delete(long workshopId);

    @Override
    void close();
}
