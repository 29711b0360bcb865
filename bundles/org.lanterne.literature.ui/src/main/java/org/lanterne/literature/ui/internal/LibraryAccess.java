package org.lanterne.literature.ui.internal;

import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Session;

/**
 * What the signed-in user may do with the library, by the permission matrix. The literature
 * services take no session, so the part asks here before it shows an action and checks the live
 * session again before it acts.
 */
final class LibraryAccess {

    private LibraryAccess() {
    }

    /** @return whether the session's roles read the library (search, preview, export) */
    static boolean reads(AccessPolicy policy, Session session) {
        return allows(policy, session, Action.READ);
    }

    /** @return whether the session's roles add to the library (import) */
    static boolean imports(AccessPolicy policy, Session session) {
        return allows(policy, session, Action.CREATE);
    }

    /** @return whether the session's roles change records (correct) */
    static boolean corrects(AccessPolicy policy, Session session) {
        return allows(policy, session, Action.UPDATE);
    }

    /** @return whether the session's roles decide about records and tag them (screening) */
    static boolean screens(AccessPolicy policy, Session session) {
        return allows(policy, session, Action.UPDATE);
    }

    /** @return whether the session's roles write reviewers' notes */
    static boolean writesNotes(AccessPolicy policy, Session session) {
        return allows(policy, session, Action.CREATE);
    }

    /**
     * Checks the live session: the roles may have changed, or the session ended, since the part was drawn.
     *
     * @return the refusal in plain words, or {@code null} if the session may do {@code action}
     */
    static String refusal(AccessPolicy policy, Session session, Action action, LiteratureMessages messages) {
        try {
            check(policy, session, action);
            return null;
        } catch (RuntimeException e) {
            String refusal = LiteratureTexts.refusal(messages, e);
            if (refusal == null) {
                throw e;
            }
            return refusal;
        }
    }

    /**
     * Checks the live session, not the roles it had at sign-in.
     *
     * @throws org.lanterne.identity.api.SessionExpiredException if the session has ended
     * @throws org.lanterne.identity.api.AccessDeniedException   if its roles do not allow {@code action}
     */
    static void check(AccessPolicy policy, Session session, Action action) {
        policy.check(session, action, DataClass.LITERATURE);
    }

    private static boolean allows(AccessPolicy policy, Session session, Action action) {
        return policy != null && session != null && policy.allows(session.roles(), action, DataClass.LITERATURE);
    }
}
