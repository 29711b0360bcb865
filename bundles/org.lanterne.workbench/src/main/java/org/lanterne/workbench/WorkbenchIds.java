package org.lanterne.workbench;

/**
 * Element, command and property identifiers of the workbench model ({@code Application.e4xmi}).
 * Model fragments of other bundles refer to these strings; a unit test checks that each id here
 * exists in the model.
 */
public final class WorkbenchIds {

    /** The application element. */
    public static final String APPLICATION = "org.lanterne.workbench.application";

    /** The main window, titled "Lanterne". */
    public static final String WINDOW_MAIN = "org.lanterne.workbench.window.main";

    /** The stack holding the three perspectives. */
    public static final String PERSPECTIVE_STACK = "org.lanterne.workbench.perspectivestack";

    /** Perspective for following the people in a programme. */
    public static final String PERSPECTIVE_CLINICIAN = "org.lanterne.workbench.perspective.clinician";

    /** Perspective for studying anonymised programme data. */
    public static final String PERSPECTIVE_RESEARCHER = "org.lanterne.workbench.perspective.researcher";

    /** Perspective for running programmes and the installation. */
    public static final String PERSPECTIVE_PROGRAMME_LEAD = "org.lanterne.workbench.perspective.programmelead";

    /** The part stack of the clinician perspective. */
    public static final String PART_STACK_CLINICIAN = "org.lanterne.workbench.partstack.clinician";

    /** The part stack of the researcher perspective. */
    public static final String PART_STACK_RESEARCHER = "org.lanterne.workbench.partstack.researcher";

    /** The part stack of the programme lead perspective; fragments add their parts here. */
    public static final String PART_STACK_PROGRAMME_LEAD = "org.lanterne.workbench.partstack.programmelead";

    /** The welcome part, shared by every perspective. */
    public static final String PART_WELCOME = "org.lanterne.workbench.part.welcome";

    /** The Help menu; fragments add their items to it. */
    public static final String MENU_HELP = "org.lanterne.workbench.menu.help";

    /** The Window menu listing the perspectives. */
    public static final String MENU_WINDOW = "org.lanterne.workbench.menu.window";

    /** The trim control showing who is signed in, with Sign out. */
    public static final String TRIM_SIGN_IN = "org.lanterne.workbench.trim.signin";

    /**
     * The addon that asks who is signing in before any content of the window is rendered, and
     * locks the window after a time without input.
     */
    public static final String ADDON_SIGN_IN = "org.lanterne.workbench.addon.signin";

    /** Quits the workbench (the platform's well-known id, so key bindings and menus agree). */
    public static final String COMMAND_QUIT = "org.eclipse.ui.file.exit";

    /** Switches to the perspective named by {@link #PARAMETER_PERSPECTIVE}. */
    public static final String COMMAND_SWITCH_PERSPECTIVE = "org.lanterne.workbench.command.switchperspective";

    /** Parameter of {@link #COMMAND_SWITCH_PERSPECTIVE}: the perspective's element id. */
    public static final String PARAMETER_PERSPECTIVE = "org.lanterne.workbench.commandparameter.perspective";

    /** Ends the session: the window's content is closed and the sign-in asked again. */
    public static final String COMMAND_SIGN_OUT = "org.lanterne.workbench.command.signout";

    /** Locks the window at once, as a time without input does. */
    public static final String COMMAND_LOCK = "org.lanterne.workbench.command.lock";

    /** Shows the welcome part. */
    public static final String COMMAND_SHOW_WELCOME = "org.lanterne.workbench.command.showwelcome";

    /**
     * System property naming the folder of the installation's data (database, workbench state);
     * set by the start script.
     */
    public static final String PROPERTY_DATA = "lanterne.data";

    /** System property: minutes without keyboard or mouse input after which the window locks (default 10). */
    public static final String PROPERTY_LOCK_AFTER_MINUTES = "lanterne.workbench.lockAfterMinutes";

    /**
     * System property: the same delay in seconds; when set, it wins over
     * {@link #PROPERTY_LOCK_AFTER_MINUTES}. Meant for tests and demonstrations.
     */
    public static final String PROPERTY_LOCK_AFTER_SECONDS = "lanterne.workbench.lockAfterSeconds";

    private WorkbenchIds() {
    }
}
