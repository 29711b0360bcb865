package org.lanterne.workbench.internal.signin;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.lanterne.identity.api.Session;

/** File &gt; Lock: hides the window's content until the password is given again. */
public class LockHandler {

    @CanExecute
    public boolean canExecute(@Optional Session session) {
        return session != null;
    }

    @Execute
    public void execute(SignInAddon signIn) {
        signIn.lock();
    }
}
