package org.lanterne.identity.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Signs users in and out and recognises their sessions.
 * <p>
 * Expiry is both <em>idle</em> and <em>absolute</em>: a session ends when it has not been used
 * for the idle timeout (30 minutes by default; every successful {@link #validate} restarts it),
 * and in any case when the absolute timeout has passed since sign-in (12 hours by default).
 * Sessions live in memory only: restarting the service signs everyone out. Disabling an account,
 * resetting its password or changing its roles ends its sessions.
 */
@ProviderType
public interface SessionService {

    /**
     * Checks the credentials and opens a session. The password array is overwritten before the
     * method returns, whatever happens.
     *
     * @param name     the account's name (case does not matter)
     * @param password the password
     * @return the new session
     * @throws SignInRefusedException with the same reason and message for an unknown name and a
     *                                wrong password, so that names cannot be probed
     */
    Session signIn(String name, char[] password);

    /**
     * Recognises a session and counts this as activity.
     *
     * @param token the session's token
     * @return the session with its new expiry, or empty if the token is unknown, signed out or expired
     */
    Optional<Session> validate(String token);

    /**
     * Ends a session. Does nothing if the token is unknown or already expired.
     *
     * @param token the session's token
     */
    void signOut(String token);
}
