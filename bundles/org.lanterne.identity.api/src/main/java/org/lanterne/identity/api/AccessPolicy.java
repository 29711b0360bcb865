package org.lanterne.identity.api;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The permission matrix: which roles may perform which action on which class of data. Anything
 * the matrix does not grant is denied. Services call {@link #check} before they act; finer rules
 * (a clinician's own caseload, a supervisor's team) are the owning capability's, on top.
 */
@ProviderType
public interface AccessPolicy {

    /**
     * @param roles     the roles of a user
     * @param action    what they want to do
     * @param dataClass to what class of data
     * @return whether at least one of the roles is granted the action on that class
     */
    boolean allows(Set<Role> roles, Action action, DataClass dataClass);

    /**
     * Checks a user's permission, taking the roles of the live session with the record's token
     * rather than the record's own roles. Counts as activity of the session.
     *
     * @param session   the acting user's session
     * @param action    what they want to do
     * @param dataClass to what class of data
     * @throws SessionExpiredException if the session is unknown, signed out or expired
     * @throws AccessDeniedException   if none of the session's roles is granted the action
     */
    void check(Session session, Action action, DataClass dataClass);
}
