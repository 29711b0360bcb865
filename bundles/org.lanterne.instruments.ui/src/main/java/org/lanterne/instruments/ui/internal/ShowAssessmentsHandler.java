package org.lanterne.instruments.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.lanterne.identity.api.Session;
import org.lanterne.instruments.ui.InstrumentsUiIds;

/** Window &gt; Assessments…: brings the Assessments part forward in the clinician perspective. */
public class ShowAssessmentsHandler {

    @CanExecute
    public boolean canExecute(@Optional Session session, MApplication application, EModelService modelService) {
        return InstrumentTexts.assesses(session) && find(application, modelService) != null;
    }

    @Execute
    public void execute(MApplication application, EModelService modelService, EPartService partService) {
        MPart part = find(application, modelService);
        if (part == null) {
            return;
        }
        MPerspective perspective = modelService.getPerspectiveFor(part);
        if (perspective != null) {
            partService.switchPerspective(perspective);
        }
        partService.showPart(part, PartState.ACTIVATE);
    }

    private static MPart find(MApplication application, EModelService modelService) {
        return modelService.findElements(application, InstrumentsUiIds.PART_ASSESSMENTS, MPart.class).stream()
                .findFirst().orElse(null);
    }
}
