package org.lanterne.evaluation.ui;

/** Element and command identifiers contributed by {@code fragment.e4xmi}. */
public final class EvaluationUiIds {

    /** The Programme evaluation part, in the programme lead perspective, rendered once it is asked for. */
    public static final String PART_EVALUATION = "org.lanterne.evaluation.ui.part.evaluation";

    /** Window &gt; Programme evaluation…, shown to the roles that read aggregates. */
    public static final String MENU_ITEM_EVALUATION = "org.lanterne.evaluation.ui.menuitem.evaluation";

    /** Shows the Programme evaluation part; enabled for the same roles as the menu item. */
    public static final String COMMAND_SHOW_EVALUATION = "org.lanterne.evaluation.ui.command.showevaluation";

    private EvaluationUiIds() {
    }
}
