package org.lanterne.identity.api;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Manages local user accounts. Every method that changes or lists accounts takes the acting
 * user's {@link Session} and requires {@link Action#ADMINISTER} on {@link DataClass#ACCOUNT};
 * the session is looked up by its token, so a forged record gains nothing.
 * <p>
 * Names are 3 to 64 characters among {@code a-z 0-9 . _ -}, starting with a letter or digit;
 * they are lowered before use. Passwords must follow the rules of {@link PasswordRule}. Every
 * password array given to this service is overwritten before the method returns, whatever
 * happens.
 * <p>
 * <strong>Bootstrap.</strong> An installation without any account cannot be administered, so
 * {@link #bootstrapAdministrator} creates the first account, an administrator, without a
 * session. It works only while there is no account at all; accounts are never deleted, so it is
 * closed for good once it has succeeded.
 * <p>
 * Every method with a session throws {@link SessionExpiredException} if the session is not
 * valid and {@link AccessDeniedException} if the acting user may not do this.
 */
@ProviderType
public interface UserService {

    /** @return whether there is no account yet, so that {@link #bootstrapAdministrator} is open */
    boolean bootstrapNeeded();

    /**
     * Creates the first account of the installation, with the role {@link Role#ADMINISTRATOR}.
     *
     * @param name     the account's name
     * @param password its password
     * @return the account
     * @throws BootstrapClosedException  if any account exists
     * @throws PasswordRejectedException if the password breaks a rule
     * @throws IllegalArgumentException  if the name is not allowed
     */
    UserAccount bootstrapAdministrator(String name, char[] password);

    /**
     * @param acting   the administrator's session
     * @param name     the new account's name
     * @param roles    its roles, at least one
     * @param password its first password
     * @return the new account, enabled
     * @throws DuplicateUserException    if the name is taken
     * @throws PasswordRejectedException if the password breaks a rule
     * @throws IllegalArgumentException  if the name is not allowed or there is no role
     */
    UserAccount add(Session acting, String name, Set<Role> roles, char[] password);

    /**
     * @param acting the administrator's session
     * @return every account, sorted by name
     */
    List<UserAccount> list(Session acting);

    /**
     * Stops an account from signing in and ends its sessions.
     *
     * @param acting the administrator's session
     * @param name   the account's name
     * @return the account
     * @throws UnknownUserException       if there is no such account
     * @throws LastAdministratorException if it is the last enabled administrator
     */
    UserAccount disable(Session acting, String name);

    /**
     * @param acting the administrator's session
     * @param name   the account's name
     * @return the account, enabled again
     * @throws UnknownUserException if there is no such account
     */
    UserAccount enable(Session acting, String name);

    /**
     * Sets a new password, lifts a lockout and ends the account's sessions.
     *
     * @param acting   the administrator's session
     * @param name     the account's name
     * @param password the new password
     * @return the account
     * @throws UnknownUserException      if there is no such account
     * @throws PasswordRejectedException if the password breaks a rule
     */
    UserAccount resetPassword(Session acting, String name, char[] password);

    /**
     * Replaces an account's roles and ends its sessions, so the new roles apply from its next sign-in.
     *
     * @param acting the administrator's session
     * @param name   the account's name
     * @param roles  the new roles, at least one
     * @return the account
     * @throws UnknownUserException       if there is no such account
     * @throws LastAdministratorException if this takes the role away from the last enabled administrator
     * @throws IllegalArgumentException   if there is no role
     */
    UserAccount changeRoles(Session acting, String name, Set<Role> roles);

    /**
     * Lets any signed-in user change their own password; needs no permission beyond the session.
     * A wrong current password counts as a failed sign-in. Other sessions of the user end.
     *
     * @param own     the user's session
     * @param current the current password
     * @param next    the new password
     * @throws SignInRefusedException    if the current password is wrong or the account is locked
     * @throws PasswordRejectedException if the new password breaks a rule
     */
    void changePassword(Session own, char[] current, char[] next);
}
