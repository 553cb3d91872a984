package org.accord.domain;

/** Where the room stands on one activity's split. */
public enum ActivityStatus {
    OPEN("Open"), AGREED("Agreed"), DISPUTED("Disputed");

    private final String label;

    ActivityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
