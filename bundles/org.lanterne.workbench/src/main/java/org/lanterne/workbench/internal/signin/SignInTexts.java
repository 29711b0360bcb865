package org.lanterne.workbench.internal.signin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.lanterne.identity.api.PasswordRule;
import org.lanterne.identity.api.SignInRefusedException;
import org.lanterne.workbench.internal.Messages;

/**
 * Chooses the text shown for a refusal of the identity services, by the exception's type and
 * reason (their own messages are for operators, in English).
 */
final class SignInTexts {

    private SignInTexts() {
    }

    /** @return the text for a refused sign-in; a lockout says until when, in the user's time zone */
    static String refusal(Messages messages, SignInRefusedException refusal, Locale locale, ZoneId zone) {
        return switch (refusal.reason()) {
            case WRONG_CREDENTIALS -> messages.signin_refused_wrong;
            case DISABLED -> messages.signin_refused_disabled;
            case LOCKED -> messages.signin_refused_locked.replace("{0}",
                    refusal.lockedUntil().map(until -> time(until, locale, zone)).orElse("?"));
        };
    }

    /** @return the text explaining why a new password was refused */
    static String rejection(Messages messages, PasswordRule rule) {
        return switch (rule) {
            case MIN_LENGTH -> messages.signin_rejected_min_length;
            case MAX_LENGTH -> messages.signin_rejected_max_length;
            case NOT_NAME -> messages.signin_rejected_not_name;
            case NOT_COMMON -> messages.signin_rejected_not_common;
            case NOT_REPETITIVE -> messages.signin_rejected_not_repetitive;
        };
    }

    /** @return every rule of a new password in plain words, in the order of {@link PasswordRule} */
    static List<String> rules(Messages messages) {
        return List.of(PasswordRule.values()).stream().map(rule -> switch (rule) {
            case MIN_LENGTH -> messages.signin_rule_min_length;
            case MAX_LENGTH -> messages.signin_rule_max_length;
            case NOT_NAME -> messages.signin_rule_not_name;
            case NOT_COMMON -> messages.signin_rule_not_common;
            case NOT_REPETITIVE -> messages.signin_rule_not_repetitive;
        }).toList();
    }

    static String time(Instant instant, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(instant);
    }
}
