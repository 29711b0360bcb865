package org.lanterne.literature.api;

/** What a reviewer decides about a record when screening it. */
public enum Decision {
    /** the record meets the review's criteria */
    INCLUDE,
    /** the record does not meet them; a decision to exclude always gives a reason */
    EXCLUDE,
    /** the reviewer cannot tell yet (the full text may tell) */
    MAYBE
}
