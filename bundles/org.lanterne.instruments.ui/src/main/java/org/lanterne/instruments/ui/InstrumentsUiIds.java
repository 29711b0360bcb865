package org.lanterne.instruments.ui;

/** Element and command identifiers contributed by {@code fragment.e4xmi}. */
public final class InstrumentsUiIds {

    /** The Assessments part, in the clinician perspective, rendered once it is asked for. */
    public static final String PART_ASSESSMENTS = "org.lanterne.instruments.ui.part.assessments";

    /** Window &gt; Assessments…, shown to clinicians and supervisors. */
    public static final String MENU_ITEM_ASSESSMENTS = "org.lanterne.instruments.ui.menuitem.assessments";

    /** Shows the Assessments part; enabled for clinicians and supervisors. */
    public static final String COMMAND_SHOW_ASSESSMENTS = "org.lanterne.instruments.ui.command.showassessments";

    private InstrumentsUiIds() {
    }
}
