package org.lanterne.workbench.internal.signin;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.lanterne.workbench.WorkbenchIds;
import org.lanterne.workbench.internal.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The trim control that will show who is signed in. Accounts do not exist yet, so it says that
 * nobody is and offers the sign-in command, whose dialog explains why.
 */
public class SignInControl {

    @Inject
    @Translation
    Messages messages;

    @Inject
    ECommandService commandService;

    @Inject
    EHandlerService handlerService;

    @PostConstruct
    public void createControls(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.marginTop = 0;
        layout.marginBottom = 0;
        layout.spacing = 8;
        box.setLayout(layout);

        Label status = new Label(box, SWT.NONE);
        status.setText(messages.signin_status);

        Button signIn = new Button(box, SWT.PUSH);
        signIn.setText(messages.signin_button);
        signIn.setLayoutData(new RowData());
        signIn.addListener(SWT.Selection, event -> {
            ParameterizedCommand command = commandService.createCommand(WorkbenchIds.COMMAND_SIGN_IN, null);
            handlerService.executeHandler(command);
        });
    }
}
