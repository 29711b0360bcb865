package org.lanterne.identity.api;

/** An administrator named an account that does not exist. */
public class UnknownUserException extends IdentityException {

    private static final long serialVersionUID = 1L;

    public UnknownUserException(String name) {
        super("There is no account named " + name + ".");
    }
}
