package org.lanterne.workbench.internal;

/**
 * Texts of the workbench's own controls, in the user's language. The platform fills the fields
 * from {@code OSGI-INF/l10n/bundle*.properties} (keys are the field names) when injected with
 * {@code @Translation}.
 */
public class Messages {
    public String welcome_title;
    public String welcome_intro;
    public String welcome_perspectives_heading;
    public String welcome_clinician;
    public String welcome_researcher;
    public String welcome_programmelead;
    public String welcome_perspectives_switch;
    public String welcome_privacy_heading;
    public String welcome_privacy;
    public String welcome_status_heading;
    public String welcome_status;
    public String signin_status;
    public String signin_status_user;
    public String signin_signout;
    public String signin_title;
    public String signin_heading;
    public String signin_intro;
    public String signin_waiting;
    public String signin_unavailable;
    public String signin_name;
    public String signin_password;
    public String signin_repeat;
    public String signin_submit;
    public String signin_quit;
    public String signin_bootstrap_heading;
    public String signin_bootstrap_intro;
    public String signin_bootstrap_submit;
    public String signin_bootstrap_done;
    public String signin_bootstrap_closed;
    public String signin_name_rule;
    public String signin_name_invalid;
    public String signin_rules_heading;
    public String signin_rule_min_length;
    public String signin_rule_max_length;
    public String signin_rule_not_name;
    public String signin_rule_not_common;
    public String signin_rule_not_repetitive;
    public String signin_rejected_min_length;
    public String signin_rejected_max_length;
    public String signin_rejected_not_name;
    public String signin_rejected_not_common;
    public String signin_rejected_not_repetitive;
    public String signin_repeat_differs;
    public String signin_refused_wrong;
    public String signin_refused_locked;
    public String signin_refused_disabled;
    public String signin_session_ended;
    public String signin_failed;
    public String lock_heading;
    public String lock_intro;
    public String lock_submit;
    public String lock_other;
}
