package org.lanterne.accounts.ui.internal;

/**
 * Texts of the Accounts part in the user's language, filled by the platform from
 * {@code OSGI-INF/l10n/bundle*.properties} when injected with {@code @Translation}.
 */
public class AccountsMessages {
    public String accounts_title;
    public String accounts_intro;
    public String accounts_column_name;
    public String accounts_column_roles;
    public String accounts_column_status;
    public String accounts_column_last_signin;
    public String accounts_status_enabled;
    public String accounts_status_disabled;
    public String accounts_status_locked;
    public String accounts_never;
    public String accounts_role_clinician;
    public String accounts_role_supervisor;
    public String accounts_role_researcher;
    public String accounts_role_programme_lead;
    public String accounts_role_administrator;
    public String accounts_new_heading;
    public String accounts_name;
    public String accounts_name_rule;
    public String accounts_roles;
    public String accounts_password;
    public String accounts_repeat;
    public String accounts_add;
    public String accounts_selected_group;
    public String accounts_selected_heading;
    public String accounts_none_selected;
    public String accounts_change_roles;
    public String accounts_new_password;
    public String accounts_reset;
    public String accounts_disable;
    public String accounts_enable;
    public String accounts_rules_heading;
    public String accounts_rule_min_length;
    public String accounts_rule_max_length;
    public String accounts_rule_not_name;
    public String accounts_rule_not_common;
    public String accounts_rule_not_repetitive;
    public String accounts_rejected_min_length;
    public String accounts_rejected_max_length;
    public String accounts_rejected_not_name;
    public String accounts_rejected_not_common;
    public String accounts_rejected_not_repetitive;
    public String accounts_repeat_differs;
    public String accounts_no_role;
    public String accounts_name_invalid;
    public String accounts_duplicate;
    public String accounts_last_administrator;
    public String accounts_unknown;
    public String accounts_denied;
    public String accounts_session_ended;
    public String accounts_not_administrator;
    public String accounts_unavailable;
    public String accounts_added;
    public String accounts_disabled;
    public String accounts_enabled;
    public String accounts_roles_changed;
    public String accounts_password_reset;
    public String accounts_failed;
}
