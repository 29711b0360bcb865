package org.lanterne.about.ui;

/** Element and command identifiers contributed by {@code fragment.e4xmi}. */
public final class AboutUiIds {

    /** The About Lanterne part, in the programme lead perspective. */
    public static final String PART_ABOUT = "org.lanterne.about.ui.part.about";

    /** Help &gt; About Lanterne. */
    public static final String MENU_ITEM_ABOUT = "org.lanterne.about.ui.menuitem.about";

    /** Shows the About Lanterne part. */
    public static final String COMMAND_SHOW_ABOUT = "org.lanterne.about.ui.command.showabout";

    private AboutUiIds() {
    }
}
