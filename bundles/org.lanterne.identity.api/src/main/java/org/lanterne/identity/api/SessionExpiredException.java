package org.lanterne.identity.api;

/** The session given is unknown, signed out or expired: the user must sign in again. */
public class SessionExpiredException extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    public SessionExpiredException(Action action, DataClass dataClass) {
        super("The session has expired or was signed out: sign in again.", action, dataClass);
    }
}
