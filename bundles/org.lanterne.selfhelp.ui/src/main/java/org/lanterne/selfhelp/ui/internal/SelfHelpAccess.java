package org.lanterne.selfhelp.ui.internal;

import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Session;

/**
 * What the signed-in user may see of the self-help programmes, by the permission matrix: the
 * aggregates need READ on {@link DataClass#AGGREGATE}, the records participants shared need READ on
 * {@link DataClass#SELF_HELP_PARTICIPANT}. The services check the live session again at each call.
 */
final class SelfHelpAccess {

    private SelfHelpAccess() {
    }

    /** @return whether the session's roles read the aggregated indicators */
    static boolean readsIndicators(AccessPolicy policy, Session session) {
        return allows(policy, session, DataClass.AGGREGATE);
    }

    /** @return whether the session's roles read the records participants shared with their own user */
    static boolean readsShared(AccessPolicy policy, Session session) {
        return allows(policy, session, DataClass.SELF_HELP_PARTICIPANT);
    }

    /** @return whether the part has anything to show to the session's roles */
    static boolean sees(AccessPolicy policy, Session session) {
        return readsIndicators(policy, session) || readsShared(policy, session);
    }

    private static boolean allows(AccessPolicy policy, Session session, DataClass dataClass) {
        return policy != null && session != null && policy.allows(session.roles(), Action.READ, dataClass);
    }
}
