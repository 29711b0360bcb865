package org.lanterne.selfhelp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every text of the page exists in every language, with the same placeholders. */
class MessagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\w+}");

    static Map<String, String> messages(String language) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream(PageResources.FOLDER + "/messages/" + language + ".json")) {
            return JSON.readValue(in, new TypeReference<TreeMap<String, String>>() {
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "ar", "en" })
    void hasTheSameTextsAsFrenchWithTheSamePlaceholders(String language) throws IOException {
        Map<String, String> french = messages("fr");
        Map<String, String> other = messages(language);
        assertEquals(french.keySet(), other.keySet());
        french.forEach((key, text) -> {
            assertFalse(other.get(key).isBlank(), key);
            assertEquals(placeholders(text), placeholders(other.get(key)), key);
        });
    }

    @Test
    void everyArabicTextButTheProductsNameIsWrittenInArabic() throws IOException {
        messages("ar").forEach((key, text) -> assertTrue(key.equals("app.name")
                || text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC), key));
    }

    private static List<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(MatchResult::group).sorted().toList();
    }
}
