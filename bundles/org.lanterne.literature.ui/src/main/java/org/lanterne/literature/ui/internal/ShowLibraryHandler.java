package org.lanterne.literature.ui.internal;

import org.lanterne.literature.ui.LiteratureUiIds;

/** Window &gt; Library…: brings the Library part forward in the researcher perspective. */
public class ShowLibraryHandler extends ShowPartHandler {

    public ShowLibraryHandler() {
        super(LiteratureUiIds.PART_LIBRARY);
    }
}
