package org.lanterne.notes.ui.internal;

import org.lanterne.notes.ui.NotesUiIds;
import org.lanterne.ui.testing.UiBundleContract;
import org.lanterne.workbench.WorkbenchIds;

/** The fragment fits the workbench model, and its texts exist in every language. */
class ResourcesTest extends UiBundleContract {

    ResourcesTest() {
        super(WorkbenchIds.class, NotesUiIds.class, NotesMessages.class);
    }
}
