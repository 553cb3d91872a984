package org.accord.domain;

import java.util.Optional;

/** The letter a cell of the matrix holds. A cell holds at most one letter; an empty cell holds none. */
public enum Raci {
    R("Responsible", "does the work (at least one per activity)"),
    A("Accountable", "owns the outcome, signs it off (exactly one)"),
    C("Consulted", "asked before (two-way)"),
    I("Informed", "told after (one-way)");

    private final String meaning;
    private final String rule;

    Raci(String meaning, String rule) {
        this.meaning = meaning;
        this.rule = rule;
    }

    public String letter() {
        return name();
    }

    public String meaning() {
        return meaning;
    }

    public String rule() {
        return rule;
    }

    /** The letter for a typed character, case-insensitive, or empty if it is not R, A, C or I. */
    public static Optional<Raci> fromTyped(String typed) {
        if (typed == null || typed.length() != 1) {
            return Optional.empty();
        }
        return switch (Character.toUpperCase(typed.charAt(0))) {
            case 'R' -> Optional.of(R);
            case 'A' -> Optional.of(A);
            case 'C' -> Optional.of(C);
            case 'I' -> Optional.of(I);
            default -> Optional.empty();
        };
    }
}
