package org.lanterne.workbench.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.lanterne.workbench.WorkbenchIds;

/** Help &gt; Welcome. */
public class ShowWelcomeHandler {

    @Execute
    public void execute(EPartService partService) {
        partService.showPart(WorkbenchIds.PART_WELCOME, PartState.ACTIVATE);
    }
}
