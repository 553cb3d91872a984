package org.accord.domain.guide;

/** The answers to "Who leads the digital agenda in your organization?" */
public enum LeadAnswer {
    IT("IT"), MARKETING("Marketing"), SHARED("Shared"), NOBODY("Nobody"), NOT_SURE("Not sure");

    private final String label;

    LeadAnswer(String label) {
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
