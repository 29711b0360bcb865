package org.lanterne.evaluation.export;

/** What a column is, which decides what de-identification does with it. */
public enum VariableRole {
    /** The person's pseudonymous code: replaced by an identifier valid in this export only. */
    PARTICIPANT,
    /** The day the person enrolled: the reference of every other date, then left out. */
    ENROLMENT_DATE,
    /** A day (ISO yyyy-mm-dd): exported as days since enrolment. */
    DATE,
    /** A category that could help recognise someone (age band, site): coded, generalised for k-anonymity. */
    QUASI_IDENTIFIER,
    /** Any other category (arm, instrument, band): coded with value labels. */
    CATEGORY,
    /** A number (a total, a count): exported as it is. */
    MEASURE,
    /** A name, a contact, an exact birth date: never exported. */
    DIRECT_IDENTIFIER,
    /** Free text (notes, answers in words): never exported. */
    FREE_TEXT;

    /** @return whether the column appears in the exported data */
    public boolean exported() {
        return this != ENROLMENT_DATE && this != DIRECT_IDENTIFIER && this != FREE_TEXT;
    }

    /** @return whether the exported column holds integer codes with value labels */
    public boolean coded() {
        return this == QUASI_IDENTIFIER || this == CATEGORY;
    }
}
