package org.lanterne.literature.ui;

/** Element and command identifiers contributed by {@code fragment.e4xmi}. */
public final class LiteratureUiIds {

    /** The Library part, in the researcher perspective, rendered once it is asked for. */
    public static final String PART_LIBRARY = "org.lanterne.literature.ui.part.library";

    /** Window &gt; Library…, shown to the roles that read the literature library. */
    public static final String MENU_ITEM_LIBRARY = "org.lanterne.literature.ui.menuitem.library";

    /** Shows the Library part; enabled for the roles that read the literature library. */
    public static final String COMMAND_SHOW_LIBRARY = "org.lanterne.literature.ui.command.showlibrary";

    /** The Screening part, in the researcher perspective, rendered once it is asked for. */
    public static final String PART_SCREENING = "org.lanterne.literature.ui.part.screening";

    /** Window &gt; Screening…, shown to the roles that read the literature library. */
    public static final String MENU_ITEM_SCREENING = "org.lanterne.literature.ui.menuitem.screening";

    /** Shows the Screening part; enabled for the roles that read the literature library. */
    public static final String COMMAND_SHOW_SCREENING = "org.lanterne.literature.ui.command.showscreening";

    private LiteratureUiIds() {
    }
}
