package org.accord.domain.guide;

/** How well a participant rates the other side's understanding of their own side's work. */
public enum Rating {
    EXCELLENT("Excellent"), VERY_GOOD("Very good"), GOOD("Good"), FAIR("Fair"), POOR("Poor");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The published baseline counts "very good or excellent". */
    public boolean veryGoodOrBetter() {
        return this == EXCELLENT || this == VERY_GOOD;
    }

    @Override
    public String toString() {
        return label;
    }
}
