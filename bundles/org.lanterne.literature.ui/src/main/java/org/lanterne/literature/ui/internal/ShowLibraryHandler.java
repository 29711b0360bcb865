package org.lanterne.literature.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Session;
import org.lanterne.literature.ui.LiteratureUiIds;
import org.lanterne.workbench.Parts;

/** Window &gt; Library…: brings the Library part forward in the researcher perspective. */
public class ShowLibraryHandler {

    @CanExecute
    public boolean canExecute(@Optional AccessPolicy policy, @Optional Session session, MApplication application,
            EModelService modelService) {
        return LibraryAccess.reads(policy, session) && Parts.find(application, modelService, LiteratureUiIds.PART_LIBRARY).isPresent();
    }

    @Execute
    public void execute(MApplication application, EModelService modelService, EPartService partService) {
        Parts.show(application, modelService, partService, LiteratureUiIds.PART_LIBRARY);
    }
}
