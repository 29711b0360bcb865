package org.lanterne.accounts.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.lanterne.accounts.ui.AccountsUiIds;
import org.lanterne.identity.api.Session;
import org.lanterne.workbench.Parts;

/** Window &gt; Accounts…: brings the Accounts part forward, for administrators only. */
public class ShowAccountsHandler {

    @CanExecute
    public boolean canExecute(@Optional Session session, MApplication application, EModelService modelService) {
        return AccountsTexts.administers(session) && Parts.find(application, modelService, AccountsUiIds.PART_ACCOUNTS).isPresent();
    }

    @Execute
    public void execute(MApplication application, EModelService modelService, EPartService partService) {
        Parts.show(application, modelService, partService, AccountsUiIds.PART_ACCOUNTS);
    }
}
