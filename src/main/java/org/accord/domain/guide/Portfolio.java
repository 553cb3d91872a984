package org.accord.domain.guide;

/** Whose portfolio an initiative comes from. */
public enum Portfolio {
    IT("IT"), MARKETING("Marketing");

    private final String label;

    Portfolio(String label) {
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
