package org.lanterne.workbench.internal.signin;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.lanterne.workbench.internal.Messages;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * File &gt; Sign in. There are no accounts yet: the dialog says so instead of pretending to
 * authenticate anyone.
 */
public class SignInHandler {

    @Inject
    @Translation
    Messages messages;

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        MessageDialog.openInformation(shell, messages.signin_dialog_title, messages.signin_dialog_message);
    }
}
