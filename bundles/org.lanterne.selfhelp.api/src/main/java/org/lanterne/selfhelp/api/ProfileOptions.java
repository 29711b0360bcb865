package org.lanterne.selfhelp.api;

import java.util.List;

/**
 * The values a participant may choose for the optional, coarse profile fields. Nothing finer (a
 * birth date, a town) is ever asked for.
 *
 * @param ageBands  age bands, for example {@code 18-24}
 * @param countries ISO 3166-1 alpha-2 country codes, for example {@code MA}
 * @param referrals how one heard of the programme, for example {@code search-engine}
 */
public record ProfileOptions(List<String> ageBands, List<String> countries, List<String> referrals) {

    public ProfileOptions {
        ageBands = ageBands == null ? List.of() : List.copyOf(ageBands);
        countries = countries == null ? List.of() : List.copyOf(countries);
        referrals = referrals == null ? List.of() : List.copyOf(referrals);
    }
}
