package org.lanterne.notes.ui.internal;

import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;

/**
 * What the signed-in user may do with the notes, by the permission matrix. The part uses it to show
 * or hide controls only: the services check the live session again at each call.
 */
final class NotesAccess {

    private NotesAccess() {
    }

    /** @return whether the session's roles read clinical notes (clinicians and supervisors) */
    static boolean readsNotes(AccessPolicy policy, Session session) {
        return policy != null && session != null && policy.allows(session.roles(), Action.READ, DataClass.CLINICAL_NOTE);
    }

    /** @return whether the session's roles open cases and write notes (clinicians) */
    static boolean writesNotes(AccessPolicy policy, Session session) {
        return policy != null && session != null && policy.allows(session.roles(), Action.CREATE, DataClass.CLINICAL_NOTE);
    }

    /** @return whether the user is a supervisor, who sees the whole team's caseload and its alerts */
    static boolean supervises(Session session) {
        return session != null && session.roles().contains(Role.SUPERVISOR);
    }
}
