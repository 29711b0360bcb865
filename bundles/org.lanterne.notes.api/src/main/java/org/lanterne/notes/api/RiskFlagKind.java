package org.lanterne.notes.api;

/** The risks a clinician can flag on a case. */
public enum RiskFlagKind {
    /** Something the client said requires safeguarding action, for example towards a child. */
    SAFEGUARDING_DISCLOSURE,
    /** The client's own safety is at risk. */
    SELF_HARM,
    /** Signs that the risk of offending has risen, for example contact with a potential victim. */
    ESCALATING_RISK,
    /** A breach of conditions set by a court or the programme. */
    BREACH_OF_CONDITIONS
}
