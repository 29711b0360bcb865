package org.lanterne.accounts.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lanterne.accounts.ui.AccountsWidgetIds;
import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.DuplicateUserException;
import org.lanterne.identity.api.LastAdministratorException;
import org.lanterne.identity.api.PasswordRejectedException;
import org.lanterne.identity.api.PasswordRule;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.UserAccount;

/** The Accounts part's words for roles, statuses and refusals. */
class AccountsTextsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static AccountsMessages messages;

    @BeforeAll
    static void english() throws Exception {
        Properties english = new Properties();
        try (InputStream in = AccountsTextsTest.class.getResourceAsStream("/OSGI-INF/l10n/bundle.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        messages = new AccountsMessages();
        for (Field field : AccountsMessages.class.getFields()) {
            field.set(messages, english.getProperty(field.getName()));
        }
    }

    private static Session session(Role... roles) {
        return new Session("t".repeat(43), "someone", Set.of(roles), NOW, NOW.plusSeconds(1800));
    }

    private static UserAccount account(boolean enabled, Instant lastSignIn, Instant lockedUntil) {
        return new UserAccount("dana", Set.of(Role.CLINICIAN), enabled, NOW.minusSeconds(86_400), lastSignIn, 0, lockedUntil);
    }

    @Test
    void onlyAnAdministratorSessionAdministers() {
        assertFalse(AccountsTexts.administers(null));
        assertFalse(AccountsTexts.administers(session(Role.CLINICIAN, Role.SUPERVISOR)));
        assertTrue(AccountsTexts.administers(session(Role.ADMINISTRATOR)));
        assertTrue(AccountsTexts.administers(session(Role.RESEARCHER, Role.ADMINISTRATOR)));
    }

    @Test
    void rolesAreNamedInTheOrderOfTheEnum() {
        assertEquals("Clinician, Administrator",
                AccountsTexts.roles(messages, EnumSet.of(Role.ADMINISTRATOR, Role.CLINICIAN)));
    }

    @Test
    void statusSaysDisabledLockedOrEnabled() {
        assertEquals("disabled", AccountsTexts.status(messages, account(false, null, NOW.plusSeconds(60)), NOW,
                Locale.ENGLISH, ZoneOffset.UTC));
        assertTrue(AccountsTexts.status(messages, account(true, null, NOW.plusSeconds(60)), NOW, Locale.ENGLISH,
                ZoneOffset.UTC).startsWith("locked until "));
        assertEquals("enabled", AccountsTexts.status(messages, account(true, null, NOW.minusSeconds(60)), NOW,
                Locale.ENGLISH, ZoneOffset.UTC));
        assertEquals("never", AccountsTexts.lastSignIn(messages, account(true, null, null), Locale.ENGLISH, ZoneOffset.UTC));
        assertTrue(AccountsTexts.lastSignIn(messages, account(true, NOW, null), Locale.ENGLISH, ZoneOffset.UTC).contains("2026"));
    }

    @ParameterizedTest
    @EnumSource(PasswordRule.class)
    void everyBrokenRuleHasItsOwnPlainWords(PasswordRule rule) {
        String text = AccountsTexts.refusal(messages, new PasswordRejectedException(rule), "dana");
        assertTrue(text != null && !text.isBlank(), rule.name());
        assertFalse(text.contains(rule.name()), text);
    }

    @Test
    void everyRuleIsListed() {
        assertEquals(PasswordRule.values().length, new HashSet<>(AccountsTexts.rules(messages)).size());
    }

    @Test
    void refusalsNameTheAccountAndTheDenial() {
        assertEquals("There is already an account named dana.",
                AccountsTexts.refusal(messages, new DuplicateUserException("dana"), "dana"));
        assertTrue(AccountsTexts.refusal(messages, new LastAdministratorException("admin"), "admin")
                .startsWith("admin is the last enabled administrator"));
        String denied = AccountsTexts.refusal(messages, new AccessDeniedException(Action.ADMINISTER, DataClass.ACCOUNT), "dana");
        assertTrue(denied.contains("Not allowed: ADMINISTER on ACCOUNT."), denied);
        assertTrue(AccountsTexts.refusal(messages, new IllegalArgumentException("bad name"), "A B")
                .startsWith(messages.accounts_name_invalid));
        assertNull(AccountsTexts.refusal(messages, new IllegalStateException("database down"), "dana"));
    }

    @Test
    void widgetNamesOfRolesAreStable() {
        assertEquals("role.programme_lead", AccountsWidgetIds.role(Role.PROGRAMME_LEAD));
        assertEquals("selected.role.clinician", AccountsWidgetIds.selectedRole(Role.CLINICIAN));
    }
}
