package org.lanterne.literature.ui.internal;

import org.eclipse.e4.core.di.annotations.Evaluate;
import org.eclipse.e4.core.di.annotations.Optional;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Session;

/**
 * Shows the Library menu item only while someone whose roles read the library is signed in. The
 * model evaluates it again whenever the session in the context changes.
 */
public class ReadersOnly {

    @Evaluate
    public boolean evaluate(@Optional AccessPolicy policy, @Optional Session session) {
        return LibraryAccess.reads(policy, session);
    }
}
