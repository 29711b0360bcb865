package org.lanterne.accounts.ui.internal;

import org.lanterne.accounts.ui.AccountsUiIds;
import org.lanterne.ui.testing.UiBundleContract;
import org.lanterne.workbench.WorkbenchIds;

/** The fragment fits the workbench model, and its texts exist in every language. */
class ResourcesTest extends UiBundleContract {

    ResourcesTest() {
        super(WorkbenchIds.class, AccountsUiIds.class, AccountsMessages.class);
    }
}
