package org.lanterne.instruments.ui.internal;

/**
 * Texts of the Assessments part in the user's language, filled by the platform from
 * {@code OSGI-INF/l10n/bundle*.properties} when injected with {@code @Translation}.
 */
public class InstrumentsMessages {
    public String assessments_title;
    public String assessments_intro;
    public String assessments_instrument;
    public String assessments_instrument_entry;
    public String assessments_no_instrument;
    public String assessments_instrument_withdrawn;
    public String assessments_code;
    public String assessments_code_hint;
    public String assessments_code_invalid;
    public String assessments_code_unchecked;
    public String assessments_date;
    public String assessments_items;
    public String assessments_licensed;
    public String assessments_yes;
    public String assessments_no;
    public String assessments_not_answered;
    public String assessments_bounds;
    public String assessments_bounds_whole;
    public String assessments_score;
    public String assessments_total;
    public String assessments_total_so_far;
    public String assessments_total_none;
    public String assessments_subtotal;
    public String assessments_ratio;
    public String assessments_band;
    public String assessments_band_pending;
    public String assessments_band_none;
    public String assessments_judgement;
    public String assessments_judgement_pending;
    public String assessments_missing;
    public String assessments_missing_none;
    public String assessments_error_unknown_item;
    public String assessments_error_invalid_value;
    public String assessments_error_value_not_allowed;
    public String assessments_error_out_of_range;
    public String assessments_error_missing_item;
    public String assessments_error_too_many_missing;
    public String assessments_error_missing_judgement;
    public String assessments_error_unknown_band_profile;
    public String assessments_save;
    public String assessments_clear;
    public String assessments_saved;
    public String assessments_not_saved;
    public String assessments_future_date;
    public String assessments_instrument_gone;
    public String assessments_denied;
    public String assessments_session_ended;
    public String assessments_failed;
    public String assessments_history_failed;
    public String assessments_records_unavailable;
    public String assessments_scoring_unavailable;
    public String assessments_not_assessor;
    public String assessments_history;
    public String assessments_history_prompt;
    public String assessments_history_empty;
    public String assessments_column_date;
    public String assessments_column_rater;
    public String assessments_column_total;
    public String assessments_column_change;
    public String assessments_column_band;
}
