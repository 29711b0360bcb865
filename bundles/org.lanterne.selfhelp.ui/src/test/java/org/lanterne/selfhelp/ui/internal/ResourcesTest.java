package org.lanterne.selfhelp.ui.internal;

import org.lanterne.selfhelp.ui.SelfHelpUiIds;
import org.lanterne.ui.testing.UiBundleContract;
import org.lanterne.workbench.WorkbenchIds;

/** The fragment fits the workbench model, and its texts exist in every language. */
class ResourcesTest extends UiBundleContract {

    ResourcesTest() {
        super(WorkbenchIds.class, SelfHelpUiIds.class, SelfHelpMessages.class);
    }
}
