package org.lanterne.evaluation.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.lanterne.evaluation.ui.EvaluationUiIds;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Session;
import org.lanterne.workbench.Parts;

/** Window &gt; Programme evaluation…: brings the part forward in the programme lead perspective. */
public class ShowEvaluationHandler {

    @CanExecute
    public boolean canExecute(@Optional AccessPolicy policy, @Optional Session session, MApplication application, EModelService modelService) {
        return EvaluationAccess.readsIndicators(policy, session) && Parts.find(application, modelService, EvaluationUiIds.PART_EVALUATION).isPresent();
    }

    @Execute
    public void execute(MApplication application, EModelService modelService, EPartService partService) {
        Parts.show(application, modelService, partService, EvaluationUiIds.PART_EVALUATION);
    }
}
