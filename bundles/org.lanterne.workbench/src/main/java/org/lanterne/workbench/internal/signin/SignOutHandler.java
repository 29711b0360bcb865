package org.lanterne.workbench.internal.signin;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.lanterne.identity.api.Session;

/** File &gt; Sign out and the trim's Sign out button. */
public class SignOutHandler {

    @CanExecute
    public boolean canExecute(@Optional Session session) {
        return session != null;
    }

    @Execute
    public void execute(SignInAddon signIn) {
        signIn.signOut();
    }
}
