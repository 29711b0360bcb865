package org.lanterne.instruments.api;

/** The families of instruments, which differ in how a result is reached. */
public enum InstrumentKind {
    /** Fixed items and weights, a total and norm-referenced levels (STATIC-99R, CPORT). */
    ACTUARIAL,
    /** Changeable needs rated again over time, usually 0/1/2, with a total. */
    DYNAMIC,
    /** Structured professional judgement: factor ratings and a rater's final judgement, no total. */
    SPJ,
    /** Item sums reported per scale, often as a ratio of the scale's maximum, without cut-offs. */
    CHECKLIST
}
