package org.lanterne.notes.provider;

import java.util.Optional;
import java.util.function.Function;

import org.lanterne.audit.api.AuditTrail;
import org.lanterne.audit.api.Outcome;
import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.identity.api.SessionService;
import org.lanterne.notes.provider.jpa.entities.CaseEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who may do what to which case, and the audit of every call. The permission matrix decides by
 * role; on top, a clinician works only on the cases they hold or that were shared with them, and a
 * supervisor reads every case of the team (the installation). A service of this bundle only.
 */
@Component(service = CaseGuard.class)
public class CaseGuard {

    private static final String ANONYMOUS = "anonymous";

    private final AccessPolicy policy;
    private final SessionService sessions;
    private final AuditTrail audit;

    @Activate
    public CaseGuard(@Reference AccessPolicy policy, @Reference SessionService sessions, @Reference AuditTrail audit) {
        this.policy = policy;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** The live session behind a caller's record, after the matrix allows the action: a record's own roles are not trusted. */
    Session allowed(Session session, Action action, DataClass dataClass) {
        policy.check(session, action, dataClass);
        return sessions.validate(session.token()).orElseThrow(() -> new SessionExpiredException(action, dataClass));
    }

    /**
     * Checks that the user may act on the case: a clinician on the cases they work on, a supervisor
     * reading any case.
     *
     * @param sharedWithUser whether the case is shared with the user
     */
    void onCase(Session live, CaseEntity file, boolean sharedWithUser, Action action, DataClass dataClass) {
        boolean worksOnIt = live.roles().contains(Role.CLINICIAN) && (file.clinician().equals(live.user()) || sharedWithUser);
        boolean supervises = live.roles().contains(Role.SUPERVISOR) && (action == Action.READ || action == Action.SIGN_OFF);
        if (!worksOnIt && !supervises) {
            throw new AccessDeniedException(action, dataClass);
        }
    }

    /**
     * Runs a read and records who made it, on what, and how it ended. What cannot be audited is not
     * answered.
     *
     * @param call given the user of the live session, or {@code anonymous}
     */
    <T> T read(Session session, String action, String recordType, String recordId, Function<String, T> call) {
        String actor = actor(session);
        T result = failuresAudited(actor, action, recordType, recordId, call);
        succeeded(actor, action, recordType, recordId);
        return result;
    }

    /**
     * Runs a write that records its own success with {@link #succeeded} inside its transaction, so
     * that what cannot be audited is not stored; records refusals and failures here.
     */
    <T> T write(Session session, String action, String recordType, String recordId, Function<String, T> call) {
        return failuresAudited(actor(session), action, recordType, recordId, call);
    }

    void succeeded(String actor, String action, String recordType, String recordId) {
        audit.record(actor, action, recordType, recordId, Outcome.SUCCESS);
    }

    private <T> T failuresAudited(String actor, String action, String recordType, String recordId, Function<String, T> call) {
        try {
            return call.apply(actor);
        } catch (RuntimeException e) {
            try {
                audit.record(actor, action, recordType, recordId, e instanceof AccessDeniedException ? Outcome.DENIED : Outcome.FAILED);
            } catch (RuntimeException auditFailure) {
                e.addSuppressed(auditFailure);
            }
            throw e;
        }
    }

    private String actor(Session session) {
        return Optional.ofNullable(session).map(Session::token).flatMap(sessions::validate).map(Session::user).orElse(ANONYMOUS);
    }
}
