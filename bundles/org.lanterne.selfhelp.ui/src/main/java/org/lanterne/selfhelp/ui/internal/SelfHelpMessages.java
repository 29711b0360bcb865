package org.lanterne.selfhelp.ui.internal;

/**
 * Texts of the Self-help programmes part in the user's language, filled by the platform from
 * {@code OSGI-INF/l10n/bundle*.properties} when injected with {@code @Translation}.
 */
public class SelfHelpMessages {
    public String selfhelp_title;
    public String selfhelp_intro;
    public String selfhelp_programme;
    public String selfhelp_no_programme;
    public String selfhelp_refresh;
    public String selfhelp_summary;
    public String selfhelp_suppressed_note;
    public String selfhelp_by_week;
    public String selfhelp_by_month;
    public String selfhelp_column_week;
    public String selfhelp_column_month;
    public String selfhelp_column_enrolments;
    public String selfhelp_modules;
    public String selfhelp_column_module;
    public String selfhelp_column_done;
    public String selfhelp_column_share;
    public String selfhelp_questionnaires;
    public String selfhelp_column_questionnaire;
    public String selfhelp_column_when;
    public String selfhelp_column_answered;
    public String selfhelp_when_baseline;
    public String selfhelp_when_follow_up;
    public String selfhelp_when_after_module;
    public String selfhelp_shared;
    public String selfhelp_shared_intro;
    public String selfhelp_shared_none;
    public String selfhelp_shared_count;
    public String selfhelp_column_participant;
    public String selfhelp_column_shared_on;
    public String selfhelp_column_programme;
    public String selfhelp_column_enrolled_on;
    public String selfhelp_column_modules_done;
    public String selfhelp_column_questionnaires_done;
    public String selfhelp_column_due;
    public String selfhelp_column_progress;
    public String selfhelp_language_fr;
    public String selfhelp_language_en;
    public String selfhelp_language_ar;
    public String selfhelp_column_language;
    public String selfhelp_denied;
    public String selfhelp_session_ended;
    public String selfhelp_programme_gone;
    public String selfhelp_failed;
    public String selfhelp_unavailable;
    public String selfhelp_not_allowed;
}
