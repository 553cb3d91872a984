package org.accord.session;

import java.util.List;
import org.accord.domain.Workshop;

/**
 * The saved workshops, as the start screen works on them: list, open, create (from a template, the sample or an
 * imported file), rename, duplicate, delete. The screens get this, never the store, so the ui does not depend on how
 * workshops are kept. Every method is blocking and must be called off the JavaFX thread; failures carry a message
 * for the facilitator.
 */
public interface WorkshopLibrary {

    /** Saved workshops, last edited first. */
    List<SavedWorkshop> list();

    Workshop open(long workshopId);

    /** The workshop a command line or a double-clicked file named: its id, or its exact title. */
    Workshop open(String idOrTitle);

    /** Saves a new workshop (never over an existing one) and returns it with its id. */
    Workshop create(Workshop unsaved);

    void rename(long workshopId, String newTitle);

    /** A follow-up copy under a new title; returns the copy, saved. */
    Workshop duplicate(long workshopId, String newTitle);

    void delete(long workshopId);
}
