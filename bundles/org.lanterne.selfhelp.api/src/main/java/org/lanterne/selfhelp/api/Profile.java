package org.lanterne.selfhelp.api;

/**
 * What a participant chose to say about themselves, each field optional ({@code null}) and one of
 * the programme's {@link ProfileOptions}.
 *
 * @param ageBand  an age band
 * @param country  a country code
 * @param referral how they heard of the programme
 */
public record Profile(String ageBand, String country, String referral) {

    /** No profile at all. */
    public static final Profile NONE = new Profile(null, null, null);
}
