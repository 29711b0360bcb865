package org.lanterne.evaluation.disclosure;

/** Whether a count of a table is published. */
public enum Suppression {
    /** Published. */
    SHOWN,
    /** Suppressed because it is small (primary suppression), shown as for example {@code <5}. */
    SMALL,
    /** Suppressed so that a small count cannot be worked out from it (secondary suppression), shown as {@code x}. */
    COMPLEMENTARY
}
