package org.lanterne.literature.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Session;
import org.lanterne.workbench.Parts;

/** A Window menu entry of the library: brings its part forward in the researcher perspective, for those who read the library. */
abstract class ShowPartHandler {

    private final String partId;

    ShowPartHandler(String partId) {
        this.partId = partId;
    }

    @CanExecute
    public boolean canExecute(@Optional AccessPolicy policy, @Optional Session session, MApplication application,
            EModelService modelService) {
        return LibraryAccess.reads(policy, session) && Parts.find(application, modelService, partId).isPresent();
    }

    @Execute
    public void execute(MApplication application, EModelService modelService, EPartService partService) {
        Parts.show(application, modelService, partService, partId);
    }
}
