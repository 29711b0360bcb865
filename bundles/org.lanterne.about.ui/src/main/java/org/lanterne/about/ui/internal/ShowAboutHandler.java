package org.lanterne.about.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.lanterne.about.ui.AboutUiIds;

/** Help &gt; About Lanterne: brings the About part forward, in the perspective that holds it. */
public class ShowAboutHandler {

    @CanExecute
    public boolean canExecute(MApplication application, EModelService modelService) {
        return find(application, modelService) != null;
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
        return modelService.findElements(application, AboutUiIds.PART_ABOUT, MPart.class).stream()
                .findFirst().orElse(null);
    }
}
