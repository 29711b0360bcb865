package org.lanterne.literature.ui.internal;

import org.lanterne.literature.ui.LiteratureUiIds;

/** Window &gt; Screening…: brings the Screening part forward in the researcher perspective. */
public class ShowScreeningHandler extends ShowPartHandler {

    public ShowScreeningHandler() {
        super(LiteratureUiIds.PART_SCREENING);
    }
}
