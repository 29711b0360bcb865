package org.lanterne.instruments.ui.internal;

import org.lanterne.instruments.ui.InstrumentsUiIds;
import org.lanterne.ui.testing.UiBundleContract;
import org.lanterne.workbench.WorkbenchIds;

/** The fragment fits the workbench model, and its texts exist in every language. */
class ResourcesTest extends UiBundleContract {

    ResourcesTest() {
        super(WorkbenchIds.class, InstrumentsUiIds.class, InstrumentsMessages.class);
    }
}
