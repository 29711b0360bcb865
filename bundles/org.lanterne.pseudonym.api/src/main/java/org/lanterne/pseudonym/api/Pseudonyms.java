package org.lanterne.pseudonym.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates participant and client codes and derives export identifiers from them.
 * <p>
 * A code is random: it says nothing about the person and cannot be recomputed from anything
 * about them. It is written as 17 Crockford base32 characters in groups, for example
 * {@code 7QM2-9KXD-C4TB-H1ZR8}, carrying 80 random bits and a final check character that catches
 * any single mistyped character and any two swapped neighbours. Lower case, and the letters
 * {@code O}, {@code I} and {@code L} for the digits {@code 0} and {@code 1}, are accepted when
 * reading a code.
 * <p>
 * An export identifier is an HMAC-SHA256 of the code under the installation's secret
 * {@code pseudonyms} key: within one export scope the same person always gets the same
 * identifier, identifiers of different scopes cannot be linked, and nobody without the key can
 * compute or test one from a code.
 */
@ProviderType
public interface Pseudonyms {

    /** @return a new random code in its written form */
    String newCode();

    /**
     * @param code a code as typed, with or without dashes and in any case
     * @return whether it has the right length, alphabet and check character
     */
    boolean isWellFormed(String code);

    /**
     * @param code a code as typed
     * @return the code in its written form, upper case and grouped with dashes
     * @throws IllegalArgumentException if the code is not well formed
     */
    String normalize(String code);

    /**
     * @param exportScope names one export (a dataset, a study), for example {@code evaluation-2026-q1};
     *                    not blank
     * @param code        a well-formed code, in any accepted written form
     * @return 32 Crockford base32 characters (160 bits of the HMAC), the same for the same scope
     *         and code
     * @throws IllegalArgumentException if the scope is blank or the code is not well formed
     */
    String exportId(String exportScope, String code);
}
