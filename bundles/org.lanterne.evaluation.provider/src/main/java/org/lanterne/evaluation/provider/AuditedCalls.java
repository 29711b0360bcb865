package org.lanterne.evaluation.provider;

import java.util.Optional;

import org.lanterne.audit.api.AuditTrail;
import org.lanterne.audit.api.Outcome;
import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionService;

/**
 * The permission check and the audit event of every evaluation call: the user is the one of the
 * live session with the record's token, and the call's outcome is recorded whether it succeeded,
 * was refused or failed. A call whose event cannot be stored does not answer.
 */
final class AuditedCalls {

    /** A call that may throw what its caller declares. */
    @FunctionalInterface
    interface Call<T, E extends Exception> {
        T run(String user) throws E;
    }

    private final AccessPolicy policy;
    private final SessionService sessions;
    private final AuditTrail audit;

    AuditedCalls(AccessPolicy policy, SessionService sessions, AuditTrail audit) {
        this.policy = policy;
        this.sessions = sessions;
        this.audit = audit;
    }

    /**
     * Checks every action on the data class, runs the call with the user's name and records the outcome.
     *
     * @param action     the audit event's action
     * @param recordType the audit event's record type
     * @param recordId   the audit event's record id, or {@code null}
     */
    <T, E extends Exception> T run(Session session, DataClass dataClass, String action, String recordType, String recordId, Call<T, E> call,
            Action... needed) throws E {
        String user = liveUser(session).orElse("anonymous");
        T result;
        try {
            for (Action each : needed) {
                policy.check(session, each, dataClass);
            }
            result = call.run(user);
        } catch (Exception e) {
            try {
                audit.record(user, action, recordType, recordId, e instanceof AccessDeniedException ? Outcome.DENIED : Outcome.FAILED);
            } catch (RuntimeException auditFailure) {
                e.addSuppressed(auditFailure);
            }
            throw e;
        }
        audit.record(user, action, recordType, recordId, Outcome.SUCCESS);
        return result;
    }

    private Optional<String> liveUser(Session session) {
        return session == null || session.token() == null ? Optional.empty() : sessions.validate(session.token()).map(Session::user);
    }
}
