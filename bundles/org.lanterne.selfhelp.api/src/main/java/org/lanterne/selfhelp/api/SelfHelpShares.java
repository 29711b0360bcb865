package org.lanterne.selfhelp.api;

import java.util.List;

import org.lanterne.identity.api.Session;
import org.osgi.annotation.versioning.ProviderType;

/** What participants chose to share with a clinician, read by that clinician only. */
@ProviderType
public interface SelfHelpShares {

    /**
     * Needs READ on {@link org.lanterne.identity.api.DataClass#SELF_HELP_PARTICIPANT}; gives only the
     * records shared with the session's own user, and records an audit event for each one read.
     *
     * @param session the clinician's session
     * @return the progress of every participant who shared with this clinician
     * @throws org.lanterne.identity.api.SessionExpiredException if the session is not valid
     * @throws org.lanterne.identity.api.AccessDeniedException   if the user's roles do not allow it
     */
    List<SharedProgress> sharedWith(Session session);
}
