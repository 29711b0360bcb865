package org.lanterne.instruments.api;

/**
 * How closely two raters agree on the cases they both scored with one instrument: for each
 * participant code both assessed, the latest assessment of each rater is paired.
 *
 * @param instrumentId the instrument
 * @param raterA       the first rater's user name
 * @param raterB       the second rater's user name
 * @param cases        how many participants both raters assessed
 * @param bandAgreement the share of cases placed in the same band, from 0 to 1; {@code null} without bands or cases
 * @param kappa        Cohen's kappa of the bands; {@code null} when undefined (no bands, fewer than two
 *                     cases, or both raters always chose one same band)
 * @param icc          ICC(2,1), two-way random effects, absolute agreement, single rater, of the main
 *                     totals; {@code null} when undefined (no totals, fewer than two cases, or no variance)
 */
public record RaterAgreement(String instrumentId, String raterA, String raterB, int cases, Double bandAgreement,
        Double kappa, Double icc) {
}
