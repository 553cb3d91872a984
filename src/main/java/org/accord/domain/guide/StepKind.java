package org.accord.domain.guide;

/** What a step of the agenda shows on screen. A step the facilitator adds is a free {@link #NOTES} step. */
public enum StepKind {
    PERCEPTION, GOALS, INVENTORY, MATRIX, CAMPAIGN, PORTFOLIO, AGREEMENTS, WRAP_UP, NOTES
}
