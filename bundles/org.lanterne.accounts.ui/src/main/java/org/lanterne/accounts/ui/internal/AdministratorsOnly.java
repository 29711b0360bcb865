package org.lanterne.accounts.ui.internal;

import org.eclipse.e4.core.di.annotations.Evaluate;
import org.eclipse.e4.core.di.annotations.Optional;
import org.lanterne.identity.api.Session;

/**
 * Shows the Accounts menu item only while an administrator is signed in. The model evaluates it
 * again whenever the session in the context changes.
 */
public class AdministratorsOnly {

    @Evaluate
    public boolean evaluate(@Optional Session session) {
        return AccountsTexts.administers(session);
    }
}
