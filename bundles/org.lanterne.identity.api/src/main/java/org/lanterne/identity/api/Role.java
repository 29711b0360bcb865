package org.lanterne.identity.api;

/**
 * What a staff member does in a programme. An account has one or more roles; its permissions
 * are the union of theirs. Participants of self-help programmes are anonymous and have no
 * account.
 */
public enum Role {
    /** Works with clients of their own caseload: records sessions, notes and assessments. */
    CLINICIAN,
    /** Reviews and signs off the work of the clinicians of their team. */
    SUPERVISOR,
    /** Evaluates programmes from aggregates and de-identified datasets; keeps the literature library. */
    RESEARCHER,
    /** Follows a programme's indicators and produces the datasets that are safe to share. */
    PROGRAMME_LEAD,
    /** Manages accounts and reads the audit trail; sees no clinical data. */
    ADMINISTRATOR
}
