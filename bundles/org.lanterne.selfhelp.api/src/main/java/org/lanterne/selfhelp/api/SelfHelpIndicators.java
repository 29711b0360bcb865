package org.lanterne.selfhelp.api;

import org.lanterne.identity.api.Session;
import org.osgi.annotation.versioning.ProviderType;

/** Aggregates of self-help programmes for staff, with small counts suppressed. */
@ProviderType
public interface SelfHelpIndicators {

    /**
     * Needs READ on {@link org.lanterne.identity.api.DataClass#AGGREGATE}; every call is audited.
     *
     * @param session   the staff member's session
     * @param programme the programme's id
     * @return the programme's indicators
     * @throws org.lanterne.identity.api.SessionExpiredException if the session is not valid
     * @throws org.lanterne.identity.api.AccessDeniedException   if the user's roles do not allow it
     * @throws java.util.NoSuchElementException                  if there is no such programme
     */
    Indicators indicators(Session session, String programme);
}
