package org.accord.domain;

/** The kinds of problem the live checks look for. */
public enum FindingKind {
    NO_ACCOUNTABLE, SEVERAL_ACCOUNTABLE, NO_RESPONSIBLE, ACCOUNTABLE_OVERLOAD, UNUSED_ROLE, TOO_MANY_CONSULTED, DISPUTED
}
