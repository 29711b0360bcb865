package org.lanterne.identity.api;

/**
 * Classes of data that permissions are granted on. Each capability says which class each of
 * its records belongs to; a record that fits several belongs to the most sensitive.
 */
public enum DataClass {
    /** Who a client of a clinical programme is: name, contact details, identifiers. */
    PERSON_IDENTIFYING,
    /** Notes of sessions with a client. */
    CLINICAL_NOTE,
    /** Answers and scores of risk-assessment and outcome instruments. */
    ASSESSMENT,
    /** Enrolment and progress of an anonymous self-help participant, under a pseudonym. */
    SELF_HELP_PARTICIPANT,
    /** Counts and indicators over many people, with small numbers suppressed. */
    AGGREGATE,
    /** Record-level evaluation datasets from which people cannot be identified. */
    DE_IDENTIFIED,
    /** Studies and references of the literature library. */
    LITERATURE,
    /** User accounts and their roles. */
    ACCOUNT,
    /** The audit trail: who did what, and when. */
    AUDIT
}
