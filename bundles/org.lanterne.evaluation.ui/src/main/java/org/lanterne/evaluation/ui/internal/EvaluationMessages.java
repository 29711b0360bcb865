package org.lanterne.evaluation.ui.internal;

/**
 * Texts of the Programme evaluation part in the user's language, filled by the platform from
 * {@code OSGI-INF/l10n/bundle*.properties} when injected with {@code @Translation}.
 */
public class EvaluationMessages {
    public String evaluation_title;
    public String evaluation_intro;
    public String evaluation_programme;
    public String evaluation_subgroup;
    public String evaluation_subgroup_none;
    public String evaluation_subgroup_site;
    public String evaluation_subgroup_age_band;
    public String evaluation_subgroup_country;
    public String evaluation_subgroup_referral_route;
    public String evaluation_subgroup_arm;
    public String evaluation_summary;
    public String evaluation_source_demo;
    public String evaluation_suppressed_note;
    public String evaluation_unavailable;
    public String evaluation_not_allowed;
    public String evaluation_failed;
    public String evaluation_no_data;
    public String evaluation_by_month;
    public String evaluation_by_site;
    public String evaluation_by_age_band;
    public String evaluation_by_referral;
    public String evaluation_funnel;
    public String evaluation_dropouts;
    public String evaluation_change;
    public String evaluation_accuracy;
    public String evaluation_calibration;
    public String evaluation_survival;
    public String evaluation_column_total;
    public String evaluation_column_group;
    public String evaluation_column_people;
    public String evaluation_column_mean_before;
    public String evaluation_column_mean_after;
    public String evaluation_column_difference;
    public String evaluation_column_d;
    public String evaluation_column_g;
    public String evaluation_column_improved;
    public String evaluation_column_deteriorated;
    public String evaluation_column_cases;
    public String evaluation_column_controls;
    public String evaluation_column_auc;
    public String evaluation_column_band;
    public String evaluation_column_events;
    public String evaluation_column_observed;
    public String evaluation_column_expected;
    public String evaluation_column_year;
    public String evaluation_log_rank;
    public String evaluation_log_rank_withheld;
    public String evaluation_axis_month;
    public String evaluation_axis_people;
    public String evaluation_axis_months;
    public String evaluation_axis_share;
    public String evaluation_save_png;
    public String evaluation_save_svg;
    public String evaluation_chart_withheld;
    public String evaluation_save_failed;
    public String evaluation_recorded_title;
    public String evaluation_recorded_intro;
    public String evaluation_recorded_none;
    public String evaluation_recorded_programme;
    public String evaluation_recorded_month;
    public String evaluation_attendance_attended;
    public String evaluation_attendance_late;
    public String evaluation_attendance_did_not_attend;
    public String evaluation_attendance_cancelled_by_client;
    public String evaluation_attendance_cancelled_by_service;
    public String evaluation_attendance_planned;
}
