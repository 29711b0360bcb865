package org.lanterne.workbench.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.lanterne.workbench.WorkbenchIds;

import jakarta.inject.Named;

/** Window &gt; (perspective) and the perspective buttons. */
public class SwitchPerspectiveHandler {

    @Execute
    public void execute(@Named(WorkbenchIds.PARAMETER_PERSPECTIVE) String perspectiveId, EPartService partService) {
        partService.switchPerspective(perspectiveId);
    }
}
