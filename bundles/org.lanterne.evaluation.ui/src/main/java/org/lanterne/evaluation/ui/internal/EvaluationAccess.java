package org.lanterne.evaluation.ui.internal;

import org.eclipse.e4.core.di.annotations.Evaluate;
import org.eclipse.e4.core.di.annotations.Optional;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Session;

/**
 * Shows Window &gt; Programme evaluation only while someone whose roles read aggregates is signed in,
 * by the permission matrix; the model evaluates it again whenever the session changes. The
 * indicators service checks the live session again at each call.
 */
public class EvaluationAccess {

    @Evaluate
    public boolean evaluate(@Optional AccessPolicy policy, @Optional Session session) {
        return readsIndicators(policy, session);
    }

    static boolean readsIndicators(AccessPolicy policy, Session session) {
        return policy != null && session != null && policy.allows(session.roles(), Action.READ, DataClass.AGGREGATE);
    }
}
