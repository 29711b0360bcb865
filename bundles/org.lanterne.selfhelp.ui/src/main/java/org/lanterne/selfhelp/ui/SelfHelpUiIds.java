package org.lanterne.selfhelp.ui;

/** Element and command identifiers contributed by {@code fragment.e4xmi}. */
public final class SelfHelpUiIds {

    /** The Self-help programmes part, in the programme lead perspective, rendered once it is asked for. */
    public static final String PART_SELF_HELP = "org.lanterne.selfhelp.ui.part.selfhelp";

    /** Window &gt; Self-help programmes…, shown to the roles that read aggregates or shared participant records. */
    public static final String MENU_ITEM_SELF_HELP = "org.lanterne.selfhelp.ui.menuitem.selfhelp";

    /** Shows the Self-help programmes part; enabled for the same roles as the menu item. */
    public static final String COMMAND_SHOW_SELF_HELP = "org.lanterne.selfhelp.ui.command.showselfhelp";

    private SelfHelpUiIds() {
    }
}
