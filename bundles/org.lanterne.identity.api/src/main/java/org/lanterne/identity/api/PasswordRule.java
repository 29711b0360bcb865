package org.lanterne.identity.api;

/** The rules a new password must follow; docs/security.md says why each exists. */
public enum PasswordRule {
    /** At least 12 characters. */
    MIN_LENGTH,
    /** At most 256 characters, so that hashing stays cheap for the server. */
    MAX_LENGTH,
    /** Neither equal to the account's name nor containing it, whatever the case. */
    NOT_NAME,
    /** Not in the bundled list of common passwords, whatever the case. */
    NOT_COMMON,
    /** At least 5 different characters. */
    NOT_REPETITIVE
}
