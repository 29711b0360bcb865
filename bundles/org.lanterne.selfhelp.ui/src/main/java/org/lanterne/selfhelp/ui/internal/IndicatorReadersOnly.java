package org.lanterne.selfhelp.ui.internal;

import org.eclipse.e4.core.di.annotations.Evaluate;
import org.eclipse.e4.core.di.annotations.Optional;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Session;

/**
 * Shows the Self-help programmes menu item only while someone whose roles read aggregates or shared
 * participant records is signed in. The model evaluates it again whenever the session in the context changes.
 */
public class IndicatorReadersOnly {

    @Evaluate
    public boolean evaluate(@Optional AccessPolicy policy, @Optional Session session) {
        return SelfHelpAccess.sees(policy, session);
    }
}
