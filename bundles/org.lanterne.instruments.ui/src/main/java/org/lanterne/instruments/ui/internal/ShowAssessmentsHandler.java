package org.lanterne.instruments.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.lanterne.identity.api.Session;
import org.lanterne.instruments.ui.InstrumentsUiIds;
import org.lanterne.workbench.Parts;

/** Window &gt; Assessments…: brings the Assessments part forward in the clinician perspective. */
public class ShowAssessmentsHandler {

    @CanExecute
    public boolean canExecute(@Optional Session session, MApplication application, EModelService modelService) {
        return InstrumentTexts.assesses(session) && Parts.find(application, modelService, InstrumentsUiIds.PART_ASSESSMENTS).isPresent();
    }

    @Execute
    public void execute(MApplication application, EModelService modelService, EPartService partService) {
        Parts.show(application, modelService, partService, InstrumentsUiIds.PART_ASSESSMENTS);
    }
}
