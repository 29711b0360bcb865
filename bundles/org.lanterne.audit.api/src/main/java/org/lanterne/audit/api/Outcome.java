package org.lanterne.audit.api;

/** How an audited action ended. */
public enum Outcome {

    /** The action was allowed and done. */
    SUCCESS,

    /** The action was refused, for example for lack of a permission. */
    DENIED,

    /** The action was allowed but did not complete. */
    FAILED
}
