package org.lanterne.workbench;

import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * What the Window menu entries of capability bundles do: find their part in the application model,
 * where their fragment put it, and bring it forward in its perspective.
 */
public final class Parts {

    private Parts() {
    }

    /** @return the part with this id, if the bundle contributing it is installed */
    public static Optional<MPart> find(MApplication application, EModelService modelService, String partId) {
        return modelService.findElements(application, partId, MPart.class).stream().findFirst();
    }

    /** Switches to the part's perspective and activates the part; does nothing if there is no such part. */
    public static void show(MApplication application, EModelService modelService, EPartService partService, String partId) {
        find(application, modelService, partId).ifPresent(part -> {
            MPerspective perspective = modelService.getPerspectiveFor(part);
            if (perspective != null) {
                partService.switchPerspective(perspective);
            }
            partService.showPart(part, PartState.ACTIVATE);
        });
    }
}
