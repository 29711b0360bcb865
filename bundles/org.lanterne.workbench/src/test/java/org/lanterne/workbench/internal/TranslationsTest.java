package org.lanterne.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The texts of the workbench exist in every language the model and the code ask for. */
class TranslationsTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is missing");
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static Set<String> modelKeys() throws IOException {
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/Application.e4xmi")) {
            String model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher matcher = Pattern.compile("\"%([^\"]+)\"").matcher(model);
            Set<String> keys = new TreeSet<>();
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
            return keys;
        }
    }

    @Test
    void everyTextOfTheModelHasAnEnglishText() throws IOException {
        Properties english = load("/OSGI-INF/l10n/bundle.properties");
        Set<String> keys = modelKeys();
        assertFalse(keys.isEmpty());
        for (String key : keys) {
            assertTrue(english.containsKey(key), key);
        }
    }

    @Test
    void everyMessageFieldHasAnEnglishText() throws IOException {
        Properties english = load("/OSGI-INF/l10n/bundle.properties");
        for (Field field : Messages.class.getFields()) {
            assertTrue(english.containsKey(field.getName()), field.getName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "fr", "ar" })
    void translationsHaveTheSameKeysAsEnglishAndNoEmptyText(String language) throws IOException {
        Properties english = load("/OSGI-INF/l10n/bundle.properties");
        Properties translated = load("/OSGI-INF/l10n/bundle_" + language + ".properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()));
        for (String key : translated.stringPropertyNames()) {
            assertFalse(translated.getProperty(key).isBlank(), key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "fr", "ar" })
    void translationsKeepThePlaceholdersOfEnglish(String language) throws IOException {
        Properties english = load("/OSGI-INF/l10n/bundle.properties");
        Properties translated = load("/OSGI-INF/l10n/bundle_" + language + ".properties");
        for (String key : english.stringPropertyNames()) {
            assertEquals(english.getProperty(key).contains("{0}"), translated.getProperty(key).contains("{0}"), key);
        }
    }

    @Test
    void arabicTextsAreWrittenInArabicScript() throws IOException {
        Properties arabic = load("/OSGI-INF/l10n/bundle_ar.properties");
        for (String key : arabic.stringPropertyNames()) {
            String text = arabic.getProperty(key);
            assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                    key + " is not translated: " + text);
        }
    }

    @Test
    void frenchTextsOfTheWelcomePageAreTranslated() throws IOException {
        Properties english = load("/OSGI-INF/l10n/bundle.properties");
        Properties french = load("/OSGI-INF/l10n/bundle_fr.properties");
        for (String key : english.stringPropertyNames()) {
            if (key.startsWith("welcome_") || key.startsWith("signin_")) {
                assertFalse(english.getProperty(key).equals(french.getProperty(key)), key + " is not translated");
            }
        }
    }
}
