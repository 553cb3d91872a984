package org.accord.domain.round;

/** What a change since a round is about, as the change view and the hand-out label it. */
public enum ChangeKind {
    LETTER("Letter"), ACTIVITY("Activity"), ROLE("Role"), RATIONALE("Rationale"), STATUS("Status"),
    AGREEMENT("Agreement"), ACTION_ITEM("Action item");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
