package org.lanterne.accounts.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.DuplicateUserException;
import org.lanterne.identity.api.LastAdministratorException;
import org.lanterne.identity.api.PasswordRejectedException;
import org.lanterne.identity.api.PasswordRule;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.identity.api.UnknownUserException;
import org.lanterne.identity.api.UserAccount;

/** What the Accounts part says, in plain words of the user's language; kept apart from SWT so it can be tested. */
final class AccountsTexts {

    private AccountsTexts() {
    }

    /** @return whether the session's roles let its user manage accounts (the services check again) */
    static boolean administers(Session session) {
        return session != null && session.roles().contains(Role.ADMINISTRATOR);
    }

    static String role(AccountsMessages messages, Role role) {
        return switch (role) {
            case CLINICIAN -> messages.accounts_role_clinician;
            case SUPERVISOR -> messages.accounts_role_supervisor;
            case RESEARCHER -> messages.accounts_role_researcher;
            case PROGRAMME_LEAD -> messages.accounts_role_programme_lead;
            case ADMINISTRATOR -> messages.accounts_role_administrator;
        };
    }

    /** @return the roles in the order of {@link Role}, separated by commas */
    static String roles(AccountsMessages messages, Set<Role> roles) {
        return Arrays.stream(Role.values()).filter(roles::contains).map(role -> role(messages, role))
                .collect(Collectors.joining(", "));
    }

    /** @return enabled, disabled, or locked until when, in the user's time zone */
    static String status(AccountsMessages messages, UserAccount account, Instant now, Locale locale, ZoneId zone) {
        if (!account.enabled()) {
            return messages.accounts_status_disabled;
        }
        if (account.lockedAt(now)) {
            return messages.accounts_status_locked.replace("{0}", time(account.lockedUntil(), locale, zone));
        }
        return messages.accounts_status_enabled;
    }

    static String lastSignIn(AccountsMessages messages, UserAccount account, Locale locale, ZoneId zone) {
        return account.lastSignIn() == null ? messages.accounts_never : time(account.lastSignIn(), locale, zone);
    }

    /** @return every rule of a new password in plain words, in the order of {@link PasswordRule} */
    static List<String> rules(AccountsMessages messages) {
        return Arrays.stream(PasswordRule.values()).map(rule -> switch (rule) {
            case MIN_LENGTH -> messages.accounts_rule_min_length;
            case MAX_LENGTH -> messages.accounts_rule_max_length;
            case NOT_NAME -> messages.accounts_rule_not_name;
            case NOT_COMMON -> messages.accounts_rule_not_common;
            case NOT_REPETITIVE -> messages.accounts_rule_not_repetitive;
        }).toList();
    }

    /**
     * @param failure what a call of the user service threw
     * @param name    the account concerned
     * @return the refusal in plain words, or {@code null} if the failure is not one the user can act on
     */
    static String refusal(AccountsMessages messages, RuntimeException failure, String name) {
        return switch (failure) {
            case PasswordRejectedException rejected -> switch (rejected.rule()) {
                case MIN_LENGTH -> messages.accounts_rejected_min_length;
                case MAX_LENGTH -> messages.accounts_rejected_max_length;
                case NOT_NAME -> messages.accounts_rejected_not_name;
                case NOT_COMMON -> messages.accounts_rejected_not_common;
                case NOT_REPETITIVE -> messages.accounts_rejected_not_repetitive;
            };
            case DuplicateUserException duplicate -> messages.accounts_duplicate.replace("{0}", name);
            case LastAdministratorException last -> messages.accounts_last_administrator.replace("{0}", name);
            case UnknownUserException unknown -> messages.accounts_unknown.replace("{0}", name);
            case SessionExpiredException expired -> messages.accounts_session_ended;
            case AccessDeniedException denied -> messages.accounts_denied.replace("{0}", String.valueOf(denied.getMessage()));
            case IllegalArgumentException invalid -> messages.accounts_name_invalid + " " + messages.accounts_name_rule;
            default -> null;
        };
    }

    static String time(Instant instant, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(instant);
    }
}
