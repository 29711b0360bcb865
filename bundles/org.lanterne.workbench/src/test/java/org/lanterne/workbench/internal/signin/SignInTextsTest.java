package org.lanterne.workbench.internal.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanterne.identity.api.PasswordRule;
import org.lanterne.identity.api.SignInRefusedException;
import org.lanterne.workbench.internal.Messages;

class SignInTextsTest {

    // Fills the fields the way the platform's @Translation does.
    private static Messages messages(String language) throws Exception {
        Properties properties = new Properties();
        String resource = "/OSGI-INF/l10n/bundle" + (language.equals("en") ? "" : "_" + language) + ".properties";
        try (InputStream in = SignInTextsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Messages messages = new Messages();
        for (Field field : Messages.class.getFields()) {
            field.set(messages, properties.getProperty(field.getName()));
        }
        return messages;
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "fr", "ar" })
    void everyPasswordRuleHasItsOwnRuleAndRefusal(String language) throws Exception {
        Messages messages = messages(language);
        List<String> rules = SignInTexts.rules(messages);
        assertEquals(PasswordRule.values().length, rules.size());
        assertEquals(rules.size(), new HashSet<>(rules).size());
        HashSet<String> refusals = new HashSet<>();
        for (PasswordRule rule : PasswordRule.values()) {
            String refusal = SignInTexts.rejection(messages, rule);
            assertFalse(refusal == null || refusal.isBlank(), rule.name());
            refusals.add(refusal);
        }
        assertEquals(PasswordRule.values().length, refusals.size());
    }

    @Test
    void anUnknownNameAndAWrongPasswordGetTheSameText() throws Exception {
        Messages messages = messages("en");
        assertEquals("Wrong name or password.",
                SignInTexts.refusal(messages, SignInRefusedException.wrongCredentials(), Locale.ENGLISH, ZoneId.of("UTC")));
    }

    @Test
    void aLockoutSaysUntilWhenInTheUsersTimeZone() throws Exception {
        Instant until = Instant.parse("2026-03-04T10:15:30Z");
        String text = SignInTexts.refusal(messages("en"), SignInRefusedException.locked(until), Locale.UK, ZoneId.of("Europe/Paris"));
        assertTrue(text.contains("11:15:30"), text);
        assertTrue(text.contains("2026"), text);
        assertFalse(text.contains("{0}"), text);
    }

    @Test
    void aDisabledAccountIsToldSo() throws Exception {
        Messages messages = messages("fr");
        assertEquals(messages.signin_refused_disabled,
                SignInTexts.refusal(messages, SignInRefusedException.disabled(), Locale.FRENCH, ZoneId.of("UTC")));
    }
}
