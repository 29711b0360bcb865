package org.lanterne.about.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.lanterne.about.ui.AboutUiIds;
import org.lanterne.workbench.Parts;

/** Help &gt; About Lanterne: brings the About part forward, in the perspective that holds it. */
public class ShowAboutHandler {

    @CanExecute
    public boolean canExecute(MApplication application, EModelService modelService) {
        return Parts.find(application, modelService, AboutUiIds.PART_ABOUT).isPresent();
    }

    @Execute
    public void execute(MApplication application, EModelService modelService, EPartService partService) {
        Parts.show(application, modelService, partService, AboutUiIds.PART_ABOUT);
    }
}
