package org.lanterne.identity.api;

/** The change would leave the installation without an enabled administrator, which nobody could undo. */
public class LastAdministratorException extends IdentityException {

    private static final long serialVersionUID = 1L;

    public LastAdministratorException(String name) {
        super(name + " is the last enabled administrator: enable or appoint another one first.");
    }
}
