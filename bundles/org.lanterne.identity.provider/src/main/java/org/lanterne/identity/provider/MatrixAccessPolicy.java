package org.lanterne.identity.provider;

import java.util.Set;

import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.identity.api.SessionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The bundled permission matrix, checked against live sessions. */
@Component
public class MatrixAccessPolicy implements AccessPolicy {

    private final PermissionMatrix matrix;
    private final SessionService sessions;

    @Activate
    public MatrixAccessPolicy(@Reference SessionService sessions) {
        this(PermissionMatrix.bundled(), sessions);
    }

    MatrixAccessPolicy(PermissionMatrix matrix, SessionService sessions) {
        this.matrix = matrix;
        this.sessions = sessions;
    }

    @Override
    public boolean allows(Set<Role> roles, Action action, DataClass dataClass) {
        return matrix.allows(roles, action, dataClass);
    }

    @Override
    public void check(Session session, Action action, DataClass dataClass) {
        // The record's roles are not trusted: only the live session behind its token counts.
        Session live = (session == null ? null : sessions.validate(session.token()).orElse(null));
        if (live == null) {
            throw new SessionExpiredException(action, dataClass);
        }
        if (!matrix.allows(live.roles(), action, dataClass)) {
            throw new AccessDeniedException(action, dataClass);
        }
    }
}
