package org.lanterne.selfhelp.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.selfhelp.api.Count;
import org.lanterne.selfhelp.api.Indicators;
import org.lanterne.selfhelp.api.ModuleProgress;
import org.lanterne.selfhelp.api.PeriodCount;
import org.lanterne.selfhelp.api.Programme;
import org.lanterne.selfhelp.api.ProgrammeModule;
import org.lanterne.selfhelp.api.Questionnaire;
import org.lanterne.selfhelp.api.QuestionnaireStatus;
import org.lanterne.selfhelp.api.SharedProgress;
import org.lanterne.selfhelp.api.StepCount;

/**
 * What the Self-help programmes part says, in plain words of the user's language; kept apart from
 * SWT so it can be tested. Counts are shown as the service gives them: a withheld count is
 * {@value #SUPPRESSED}, and no share is worked out from it.
 */
final class SelfHelpTexts {

    /** How a withheld count (1 to 4, or a second cell that would reveal one) is shown; a sign, the same in every language. */
    static final String SUPPRESSED = "<5";

    /** Shown where there is no value. */
    static final String NONE = "—";

    /** How many characters of a share's random id tell participants apart in the list. */
    static final int SHARE_LABEL_LENGTH = 8;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private SelfHelpTexts() {
    }

    /** @return the count as a number, or {@value #SUPPRESSED} when it is withheld */
    static String count(Count count) {
        return count == null || count.suppressed() ? SUPPRESSED : Integer.toString(count.value());
    }

    /**
     * @return the share of {@code part} in {@code whole} as a whole percentage, or {@value #NONE} when either is
     *         withheld or the whole is zero: a share must not give away a withheld count
     */
    static String share(Count part, Count whole) {
        if (part == null || whole == null || part.suppressed() || whole.suppressed() || whole.value() == 0) {
            return NONE;
        }
        return Math.round(100.0 * part.value() / whole.value()) + " %";
    }

    /** @return a text of {@code texts} in {@code language}, else in English, else any; the id if there is none */
    static String text(Map<String, String> texts, String language, String id) {
        if (texts.containsKey(language)) {
            return texts.get(language);
        }
        if (texts.containsKey("en")) {
            return texts.get("en");
        }
        return texts.values().stream().findFirst().orElse(id);
    }

    /** @return the programme's title in {@code language} (the user interface's), else in English */
    static String title(String language, Programme programme) {
        return text(programme.title(), language, programme.id());
    }

    /** @return the name of a language code in the user's language, or the code itself */
    static String language(SelfHelpMessages messages, String code) {
        return switch (code == null ? "" : code) {
            case "fr" -> messages.selfhelp_language_fr;
            case "en" -> messages.selfhelp_language_en;
            case "ar" -> messages.selfhelp_language_ar;
            default -> code == null ? NONE : code;
        };
    }

    /** @return enrolments, completions and dropouts in one line */
    static String summary(SelfHelpMessages messages, Indicators indicators) {
        return format(messages.selfhelp_summary, count(indicators.enrolments()), count(indicators.completed()),
                count(indicators.dropouts()), Integer.toString(indicators.dropoutAfterDays()));
    }

    /** @return one row per week or month: the period and its count */
    static List<String[]> periods(List<PeriodCount> periods) {
        return periods.stream().map(period -> new String[] { period.period(), count(period.count()) }).toList();
    }

    /** @return the completion funnel: for each module in programme order, its title, how many marked it done and their share */
    static List<String[]> modules(String language, Programme programme, Indicators indicators) {
        List<String[]> rows = new ArrayList<>();
        for (StepCount step : indicators.modules()) {
            String name = programme == null ? step.step()
                    : programme.module(step.step()).map(m -> moduleTitle(language, m)).orElse(step.step());
            rows.add(new String[] { name, count(step.count()), share(step.count(), indicators.enrolments()) });
        }
        return rows;
    }

    /** @return for each questionnaire, its id, when it is asked, how many answered it and their share */
    static List<String[]> questionnaires(SelfHelpMessages messages, String language, Programme programme, Indicators indicators) {
        List<String[]> rows = new ArrayList<>();
        for (StepCount step : indicators.questionnaires()) {
            String when = programme == null ? NONE
                    : programme.questionnaire(step.step()).map(q -> when(messages, language, programme, q.when())).orElse(NONE);
            rows.add(new String[] { step.step(), when, count(step.count()), share(step.count(), indicators.enrolments()) });
        }
        return rows;
    }

    /** @return when a questionnaire is asked, in words; a module by its title */
    static String when(SelfHelpMessages messages, String language, Programme programme, String when) {
        if (Questionnaire.BASELINE.equals(when)) {
            return messages.selfhelp_when_baseline;
        }
        if (Questionnaire.FOLLOW_UP.equals(when)) {
            return messages.selfhelp_when_follow_up;
        }
        if (when != null && when.startsWith(Questionnaire.AFTER_MODULE)) {
            String module = when.substring(Questionnaire.AFTER_MODULE.length());
            String title = programme == null ? module : programme.module(module).map(m -> moduleTitle(language, m)).orElse(module);
            return format(messages.selfhelp_when_after_module, title);
        }
        return when == null ? NONE : when;
    }

    private static String moduleTitle(String language, ProgrammeModule module) {
        return text(module.title(), language, module.id());
    }

    /** @return how many participants shared their record with the clinician */
    static String sharedCount(SelfHelpMessages messages, int shared) {
        return shared == 0 ? messages.selfhelp_shared_none : format(messages.selfhelp_shared_count, Integer.toString(shared));
    }

    /**
     * @param programmes the programmes known, by id, to name a participant's programme
     * @return a row of the Shared with me list: participant (the start of the share's random id), shared on, programme,
     *         language, enrolled on, modules done, questionnaires answered, questionnaires due, progress
     */
    static String[] shared(SelfHelpMessages messages, String language, SharedProgress shared, Map<String, Programme> programmes) {
        var progress = shared.progress();
        Programme programme = programmes.get(progress.programme());
        long modulesDone = progress.modules().stream().filter(ModuleProgress::done).count();
        long answered = progress.questionnaires().stream().filter(QuestionnaireStatus::done).count();
        long due = progress.questionnaires().stream().filter(QuestionnaireStatus::due).count();
        return new String[] { participant(shared.share()), day(shared.sharedOn()),
                programme == null ? progress.programme() : title(language, programme), language(messages, progress.language()),
                day(progress.enrolledOn()), modulesDone + " / " + progress.modules().size(),
                answered + " / " + progress.questionnaires().size(), Long.toString(due),
                Math.round(100 * progress.progress()) + " %" };
    }

    /** @return the start of a share's random id, enough to tell the participants of one clinician apart */
    static String participant(String share) {
        return share.length() <= SHARE_LABEL_LENGTH ? share : share.substring(0, SHARE_LABEL_LENGTH);
    }

    private static String day(java.time.LocalDate day) {
        return day == null ? NONE : day.toString();
    }

    /**
     * @param failure what calling a self-help service threw
     * @return the refusal in plain words, or {@code null} if the failure is not one the user can act on
     */
    static String refusal(SelfHelpMessages messages, RuntimeException failure) {
        return switch (failure) {
            case SessionExpiredException expired -> messages.selfhelp_session_ended;
            case AccessDeniedException denied -> messages.selfhelp_denied;
            case NoSuchElementException gone -> messages.selfhelp_programme_gone;
            default -> null;
        };
    }

    /** Fills {@code {0}}, {@code {1}}, ...; not MessageFormat, whose quoting rules break French apostrophes. */
    static String format(String pattern, String... values) {
        return PLACEHOLDER.matcher(pattern).replaceAll(found -> Matcher.quoteReplacement(values[Integer.parseInt(found.group(1))]));
    }
}
