package org.lanterne.instruments.ui.internal;

import org.eclipse.e4.core.di.annotations.Evaluate;
import org.eclipse.e4.core.di.annotations.Optional;
import org.lanterne.identity.api.Session;

/**
 * Shows the Assessments menu item only while a clinician or supervisor is signed in. The model
 * evaluates it again whenever the session in the context changes.
 */
public class AssessorsOnly {

    @Evaluate
    public boolean evaluate(@Optional Session session) {
        return InstrumentTexts.assesses(session);
    }
}
