package org.lanterne.identity.api;

/** A new password breaks one of the {@link PasswordRule}s. */
public class PasswordRejectedException extends IdentityException {

    private static final long serialVersionUID = 1L;

    private final PasswordRule rule;

    public PasswordRejectedException(PasswordRule rule) {
        super("The password is refused by the rule " + rule + ".");
        this.rule = rule;
    }

    /** @return the first rule the password breaks */
    public PasswordRule rule() {
        return rule;
    }
}
