package org.lanterne.identity.api;

/** An account with that name exists already. */
public class DuplicateUserException extends IdentityException {

    private static final long serialVersionUID = 1L;

    public DuplicateUserException(String name) {
        super("An account named " + name + " exists already.");
    }
}
