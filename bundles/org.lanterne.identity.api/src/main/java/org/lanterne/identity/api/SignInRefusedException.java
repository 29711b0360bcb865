package org.lanterne.identity.api;

import java.time.Instant;
import java.util.Optional;

/** Sign-in was refused; the reason is safe to show, since it never tells whether a name exists. */
public class SignInRefusedException extends IdentityException {

    private static final long serialVersionUID = 1L;

    /** Why sign-in was refused. */
    public enum Reason {
        /** Unknown name or wrong password: deliberately not told apart. */
        WRONG_CREDENTIALS,
        /** Too many failures in a row: try again after {@link SignInRefusedException#lockedUntil()}. */
        LOCKED,
        /** The account is disabled; only reported once the password was right. */
        DISABLED
    }

    private final Reason reason;
    private final Instant lockedUntil;

    private SignInRefusedException(String message, Reason reason, Instant lockedUntil) {
        super(message);
        this.reason = reason;
        this.lockedUntil = lockedUntil;
    }

    /** @return the refusal for an unknown name or a wrong password */
    public static SignInRefusedException wrongCredentials() {
        return new SignInRefusedException("Wrong name or password.", Reason.WRONG_CREDENTIALS, null);
    }

    /**
     * @param until when sign-in is possible again
     * @return the refusal for a locked account
     */
    public static SignInRefusedException locked(Instant until) {
        return new SignInRefusedException("Too many failed attempts: sign-in is refused until " + until + ".", Reason.LOCKED, until);
    }

    /** @return the refusal for a disabled account */
    public static SignInRefusedException disabled() {
        return new SignInRefusedException("This account is disabled.", Reason.DISABLED, null);
    }

    /** @return why sign-in was refused */
    public Reason reason() {
        return reason;
    }

    /** @return for {@link Reason#LOCKED}, when sign-in is possible again */
    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }
}
