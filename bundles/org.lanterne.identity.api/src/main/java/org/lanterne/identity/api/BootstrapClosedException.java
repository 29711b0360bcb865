package org.lanterne.identity.api;

/** The first administrator can only be created while the installation has no account at all. */
public class BootstrapClosedException extends IdentityException {

    private static final long serialVersionUID = 1L;

    public BootstrapClosedException() {
        super("The installation has accounts already: an administrator must create new ones.");
    }
}
