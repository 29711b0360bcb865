package org.lanterne.evaluation.ui.internal;

import org.lanterne.evaluation.ui.EvaluationUiIds;
import org.lanterne.ui.testing.UiBundleContract;
import org.lanterne.workbench.WorkbenchIds;

/** The fragment fits the workbench model, and its texts exist in every language. */
class ResourcesTest extends UiBundleContract {

    ResourcesTest() {
        super(WorkbenchIds.class, EvaluationUiIds.class, EvaluationMessages.class);
    }
}
