package org.lanterne.notes.ui;

/** Element and command identifiers contributed by {@code fragment.e4xmi}. */
public final class NotesUiIds {

    /** The Caseload part (caseload, session editor, timeline), in the clinician perspective, rendered once it is asked for. */
    public static final String PART_CASELOAD = "org.lanterne.notes.ui.part.caseload";

    /** Window &gt; Caseload…, shown to the roles that read clinical notes (clinicians and supervisors). */
    public static final String MENU_ITEM_CASELOAD = "org.lanterne.notes.ui.menuitem.caseload";

    /** Shows the Caseload part; enabled for the same roles as the menu item. */
    public static final String COMMAND_SHOW_CASELOAD = "org.lanterne.notes.ui.command.showcaseload";

    private NotesUiIds() {
    }
}
