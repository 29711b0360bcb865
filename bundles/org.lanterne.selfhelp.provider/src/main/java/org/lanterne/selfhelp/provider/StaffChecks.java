package org.lanterne.selfhelp.provider;

import org.lanterne.audit.api.AuditTrail;
import org.lanterne.audit.api.Outcome;
import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.identity.api.SessionService;

/**
 * The permission check of a staff read, with its refusal audited. The user is the one of the live
 * session with the record's token: a session record's own user name is not trusted.
 */
final class StaffChecks {

    private final AccessPolicy policy;
    private final SessionService sessions;
    private final AuditTrail audit;

    StaffChecks(AccessPolicy policy, SessionService sessions, AuditTrail audit) {
        this.policy = policy;
        this.sessions = sessions;
        this.audit = audit;
    }

    /**
     * @return the live session's user name, once READ on the data class is allowed
     * @throws AccessDeniedException (or its {@link SessionExpiredException}) after auditing the refusal
     */
    String readAllowed(Session session, DataClass dataClass, String action, String recordType, String recordId) {
        String user = session == null || session.token() == null ? null : sessions.validate(session.token()).map(Session::user).orElse(null);
        try {
            policy.check(session, Action.READ, dataClass);
            if (user == null) {
                throw new SessionExpiredException(Action.READ, dataClass);
            }
            return user;
        } catch (AccessDeniedException e) {
            audit.record(user == null ? "anonymous" : user, action, recordType, recordId, Outcome.DENIED);
            throw e;
        }
    }

    AuditTrail audit() {
        return audit;
    }
}
