package org.lanterne.instruments.api;

/** What the scoring engine does when scored items are unanswered. */
public enum MissingMode {
    /** Any missing scored item is an error: no total. */
    REFUSE,
    /** The total is scaled by items / answered items and rounded half away from zero. */
    PRORATE,
    /** Missing items give no points. */
    COUNT_AS_ZERO,
    /** Up to {@link MissingPolicy#maxMissing()} missing items give no points; more is an error. */
    ALLOW_UP_TO
}
