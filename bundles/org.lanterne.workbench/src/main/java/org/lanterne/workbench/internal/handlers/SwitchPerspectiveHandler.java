package org.lanterne.workbench.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.lanterne.identity.api.Session;
import org.lanterne.workbench.WorkbenchIds;

import jakarta.inject.Named;

/** Window &gt; (perspective) and the perspective buttons. */
public class SwitchPerspectiveHandler {

    /** Only once someone has signed in: the window's content is not rendered before. */
    @CanExecute
    public boolean canExecute(@Optional Session session) {
        return session != null;
    }

    @Execute
    public void execute(@Named(WorkbenchIds.PARAMETER_PERSPECTIVE) String perspectiveId, EPartService partService) {
        partService.switchPerspective(perspectiveId);
    }
}
