package org.lanterne.workbench.internal.signin;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.lanterne.identity.api.Session;
import org.lanterne.workbench.WorkbenchIds;
import org.lanterne.workbench.internal.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The trim control showing who is signed in, with Sign out. */
public class SignInControl {

    @Inject
    @Translation
    Messages messages;

    @Inject
    ECommandService commandService;

    @Inject
    EHandlerService handlerService;

    private Session session;
    private Composite box;
    private Label status;
    private Button signOut;

    @PostConstruct
    public void createControls(Composite parent) {
        box = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.marginTop = 0;
        layout.marginBottom = 0;
        layout.spacing = 8;
        box.setLayout(layout);

        status = new Label(box, SWT.NONE);
        signOut = new Button(box, SWT.PUSH);
        signOut.setText(messages.signin_signout);
        signOut.setLayoutData(new RowData());
        signOut.addListener(SWT.Selection, event -> {
            ParameterizedCommand command = commandService.createCommand(WorkbenchIds.COMMAND_SIGN_OUT, null);
            handlerService.executeHandler(command);
        });
        update();
    }

    @Inject
    void sessionChanged(@Optional Session current) {
        session = current;
        update();
    }

    private void update() {
        if (box == null || box.isDisposed()) {
            return;
        }
        status.setText(session == null ? messages.signin_status : messages.signin_status_user.replace("{0}", session.user()));
        signOut.setVisible(session != null);
        ((RowData) signOut.getLayoutData()).exclude = session == null;
        box.requestLayout();
    }
}
