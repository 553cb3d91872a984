package org.accord.store;

/**
 * A save was refused because another facilitator saved the same workshop since this one was read: nothing was
 * written. The session reads the workshop again, re-applies its edits on top and saves that, or, when both changed the
 * same thing, shows the conflict (docs/decisions/0016).
 */
public final class StaleWorkshopException extends StoreException {
    private final long workshopId;

    public StaleWorkshopException(long workshopId) {
        super("Another facilitator saved this workshop meanwhile; your change was not written over theirs.");
        this.workshopId = workshopId;
    }

    public long workshopId() {
        return workshopId;
    }
}
