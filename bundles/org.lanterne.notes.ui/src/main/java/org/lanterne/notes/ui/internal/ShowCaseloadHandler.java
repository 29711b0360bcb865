package org.lanterne.notes.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Session;
import org.lanterne.notes.ui.NotesUiIds;
import org.lanterne.workbench.Parts;

/** Window &gt; Caseload…: brings the part forward in the clinician perspective. */
public class ShowCaseloadHandler {

    @CanExecute
    public boolean canExecute(@Optional AccessPolicy policy, @Optional Session session, MApplication application,
            EModelService modelService) {
        return NotesAccess.readsNotes(policy, session) && Parts.find(application, modelService, NotesUiIds.PART_CASELOAD).isPresent();
    }

    @Execute
    public void execute(MApplication application, EModelService modelService, EPartService partService) {
        Parts.show(application, modelService, partService, NotesUiIds.PART_CASELOAD);
    }
}
