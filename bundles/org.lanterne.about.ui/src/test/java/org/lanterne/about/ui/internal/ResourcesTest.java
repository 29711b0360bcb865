package org.lanterne.about.ui.internal;

import org.lanterne.about.ui.AboutUiIds;
import org.lanterne.ui.testing.UiBundleContract;
import org.lanterne.workbench.WorkbenchIds;

/** The fragment fits the workbench model, and its texts exist in every language. */
class ResourcesTest extends UiBundleContract {

    ResourcesTest() {
        super(WorkbenchIds.class, AboutUiIds.class, AboutMessages.class);
    }
}
