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
    public String signin_button;
    public String signin_dialog_title;
    public String signin_dialog_message;
}
