package org.lanterne.identity.api;

/**
 * A request about accounts or sign-in that cannot be carried out. Messages are in English for
 * operators and never contain a password or a token; user interfaces show their own text,
 * chosen by the exception's type and reason.
 */
public class IdentityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdentityException(String message) {
        super(message);
    }
}
