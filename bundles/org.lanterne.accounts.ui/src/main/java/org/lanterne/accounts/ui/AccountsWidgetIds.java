package org.lanterne.accounts.ui;

import java.util.Locale;

import org.lanterne.identity.api.Role;

/**
 * Names of the Accounts part's controls, set with {@code setData(KEY, name)}, so that tests and
 * assistive tools find them whatever the language of the user interface.
 */
public final class AccountsWidgetIds {

    /** The data key under which the controls carry their name. */
    public static final String KEY = "org.lanterne.accounts.ui.widget";

    /**
     * The data key under which the {@link #MESSAGE} label says whether it shows a refusal
     * ({@code "true"}) or a confirmation ({@code "false"}).
     */
    public static final String ERROR_KEY = "org.lanterne.accounts.ui.error";

    /** The list of accounts; each row's data is the account's name. */
    public static final String TABLE = "accounts";

    /** The refusal or confirmation after an action. */
    public static final String MESSAGE = "message";

    /** New account: its name. */
    public static final String NAME = "name";
    /** New account: its password. */
    public static final String PASSWORD = "password";
    /** New account: the password a second time. */
    public static final String REPEAT = "repeat";
    /** New account: creates it. */
    public static final String ADD = "add";

    /** Selected account: stops it from signing in. */
    public static final String DISABLE = "disable";
    /** Selected account: lets it sign in again. */
    public static final String ENABLE = "enable";
    /** Selected account: gives it the roles ticked under {@link #selectedRole}. */
    public static final String CHANGE_ROLES = "changeroles";
    /** Selected account: its new password. */
    public static final String NEW_PASSWORD = "newpassword";
    /** Selected account: the new password a second time. */
    public static final String NEW_REPEAT = "newrepeat";
    /** Selected account: sets the new password. */
    public static final String RESET_PASSWORD = "resetpassword";

    /** Prefix of the new account's role check boxes, followed by the role in lower case. */
    public static final String ROLE_PREFIX = "role.";
    /** Prefix of the selected account's role check boxes, followed by the role in lower case. */
    public static final String SELECTED_ROLE_PREFIX = "selected.role.";

    /**
     * @param role a role
     * @return the name of the check box of the new account's form for this role, e.g. {@code role.clinician}
     */
    public static String role(Role role) {
        return ROLE_PREFIX + role.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param role a role
     * @return the name of the check box of the selected account for this role, e.g. {@code selected.role.clinician}
     */
    public static String selectedRole(Role role) {
        return SELECTED_ROLE_PREFIX + role.name().toLowerCase(Locale.ROOT);
    }

    private AccountsWidgetIds() {
    }
}
