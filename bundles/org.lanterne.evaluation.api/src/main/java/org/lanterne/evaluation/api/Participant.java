package org.lanterne.evaluation.api;

import java.time.LocalDate;

/**
 * A person of an evaluation cohort: a client of a clinical programme or a self-help participant.
 *
 * @param id            the cohort's own pseudonymous id, never a name
 * @param programme     the programme's id
 * @param site          the site (clients), or empty
 * @param arm           the trial arm (clients), or empty
 * @param ageBand       for example {@code 25-34}
 * @param country       ISO 3166 code
 * @param referralRoute for example {@code self-referral}
 * @param enrolledOn    the day of enrolment
 */
public record Participant(String id, String programme, String site, String arm, String ageBand, String country, String referralRoute,
        LocalDate enrolledOn) {
}
