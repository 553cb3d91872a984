package org.accord.store;

import java.util.List;
import org.accord.domain.Workshop;

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
     * The workshop as stored now if it was saved by someone else since this store last read or wrote it; empty if
     * not. Cheap when nothing changed (one number is read), so a window may ask every few seconds.
     */
    java.util.Optional<Workshop> loadIfChanged(long workshopId);

    /** True for a library others may change while a workshop is open here (a team's on a server). */
    default boolean isShared() {
        return false;
    }

    /** A follow-up copy under a new title; returns the copy, saved. */
    Workshop duplicate(long workshopId, String newTitle);

    void rename(long workshopId, String newTitle);

    void delete(long workshopId);

    @Override
    void close();
}
