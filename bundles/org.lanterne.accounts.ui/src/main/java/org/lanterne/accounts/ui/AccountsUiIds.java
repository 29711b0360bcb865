package org.lanterne.accounts.ui;

/** Element and command identifiers contributed by {@code fragment.e4xmi}. */
public final class AccountsUiIds {

    /** The Accounts part, in the programme lead perspective, rendered once it is asked for. */
    public static final String PART_ACCOUNTS = "org.lanterne.accounts.ui.part.accounts";

    /** Window &gt; Accounts…, shown to administrators only. */
    public static final String MENU_ITEM_ACCOUNTS = "org.lanterne.accounts.ui.menuitem.accounts";

    /** Shows the Accounts part; enabled for administrators only. */
    public static final String COMMAND_SHOW_ACCOUNTS = "org.lanterne.accounts.ui.command.showaccounts";

    private AccountsUiIds() {
    }
}
