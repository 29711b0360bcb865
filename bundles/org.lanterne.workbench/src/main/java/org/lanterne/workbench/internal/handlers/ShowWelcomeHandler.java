package org.lanterne.workbench.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.lanterne.identity.api.Session;
import org.lanterne.workbench.WorkbenchIds;

/** Help &gt; Welcome. */
public class ShowWelcomeHandler {

    /** Only once someone has signed in: the window's content is not rendered before. */
    @CanExecute
    public boolean canExecute(@Optional Session session) {
        return session != null;
    }

    @Execute
    public void execute(EPartService partService) {
        partService.showPart(WorkbenchIds.PART_WELCOME, PartState.ACTIVATE);
    }
}
