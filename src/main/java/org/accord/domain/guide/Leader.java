package org.accord.domain.guide;

/** The two leaders whose goals and views the workshop puts side by side. */
public enum Leader {
    CIO("CIO"), CMO("CMO");

    private final String label;

    Leader(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Leader other() {
        return this == CIO ? CMO : CIO;
    }

    @Override
    public String toString() {
        return label;
    }
}
