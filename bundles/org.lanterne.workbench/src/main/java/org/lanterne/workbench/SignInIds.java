package org.lanterne.workbench;

/**
 * Names of the sign-in window and its controls, set with {@code setData(KEY, name)}, so that
 * tests and assistive tools find them whatever the language of the user interface.
 */
public final class SignInIds {

    /** The data key under which the sign-in window and its controls carry their name. */
    public static final String KEY = "org.lanterne.workbench.signin.widget";

    /** The data key under which the sign-in window carries its current {@link Mode}'s name. */
    public static final String MODE_KEY = "org.lanterne.workbench.signin.mode";

    /** The sign-in window itself (a shell, modal for the main window). */
    public static final String SHELL = "signin";

    public static final String NAME = "name";
    public static final String PASSWORD = "password";
    /** The password a second time, when the first administrator is created. */
    public static final String REPEAT = "repeat";
    /** Creates the administrator, signs in or unlocks, depending on the mode. */
    public static final String SUBMIT = "submit";
    /** In the locked window: ends the session and asks for any account. */
    public static final String OTHER_USER = "otheruser";
    public static final String QUIT = "quit";
    /** The refusal or information shown after an attempt. */
    public static final String MESSAGE = "message";

    /** What the sign-in window asks for. */
    public enum Mode {
        /** The accounts of the installation are not available yet. */
        WAITING,
        /** The installation has no account: create the first administrator. */
        BOOTSTRAP,
        /** Any account may sign in. */
        SIGN_IN,
        /** The window is locked: the signed-in user gives their password again. */
        UNLOCK
    }

    private SignInIds() {
    }
}
