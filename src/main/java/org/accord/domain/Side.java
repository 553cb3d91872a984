package org.accord.domain;

/** Which side of the house a role sits on. */
public enum Side {
    IT("IT"), MARKETING("Marketing"), BUSINESS("Business"), EXTERNAL("External");

    private final String label;

    Side(String label) {
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
