package org.lanterne.literature.ui.internal;

import org.lanterne.literature.ui.LiteratureUiIds;
import org.lanterne.ui.testing.UiBundleContract;
import org.lanterne.workbench.WorkbenchIds;

/** The fragment fits the workbench model, and its texts exist in every language. */
class ResourcesTest extends UiBundleContract {

    ResourcesTest() {
        super(WorkbenchIds.class, LiteratureUiIds.class, LiteratureMessages.class);
    }
}
