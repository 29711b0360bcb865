package org.lanterne.selfhelp.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanterne.selfhelp.api.SelfHelpRefusedException.Reason;

/** Every error of the API has its message in French, Arabic and English, with the same placeholders. */
class ErrorMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    private static Properties messages(String suffix) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = ErrorMessagesTest.class.getResourceAsStream("errors" + suffix + ".properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }

    @ParameterizedTest
    @ValueSource(strings = { "_fr", "_ar" })
    void everyMessageIsTranslatedWithTheSamePlaceholders(String suffix) throws IOException {
        Properties english = messages("");
        Properties translated = messages(suffix);
        assertEquals(english.stringPropertyNames(), translated.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertFalse(translated.getProperty(key).isBlank(), key);
            assertEquals(placeholders(english.getProperty(key)), placeholders(translated.getProperty(key)), key);
        }
    }

    @Test
    void arabicMessagesAreWrittenInArabic() throws IOException {
        Properties arabic = messages("_ar");
        for (String key : arabic.stringPropertyNames()) {
            assertTrue(arabic.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC), key);
        }
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyReasonOfTheServiceHasAMessage(Reason reason) throws IOException {
        assertTrue(messages("").containsKey(reason.key()), reason.key());
    }

    @Test
    void messagesAreInTheAskedLanguageWithTheirDetailsAndInEnglishForAnyOther() {
        assertEquals("« ageBand » doit être l'une des valeurs du programme : 18-24, 25-34.",
                ErrorMessages.message("value-not-offered", "fr", List.of("ageBand", "18-24, 25-34")));
        assertEquals("رمز غير معروف أو عبارة سرية خاطئة.", ErrorMessages.message("code-refused", "ar", List.of()));
        assertEquals("Unknown code or wrong passphrase.", ErrorMessages.message("code-refused", "de", List.of()));
    }

    private static List<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(MatchResult::group).sorted().toList();
    }
}
