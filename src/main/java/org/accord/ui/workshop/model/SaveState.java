package org.accord.ui.workshop.model;

/** Whether the facilitator's edits are on disk. Never "saved" until the database has committed. */
public enum SaveState {
    SAVED("All changes saved"),
    SAVING("Saving…"),
    NOT_SAVED("Not saved");

    private final String label;

    SaveState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
