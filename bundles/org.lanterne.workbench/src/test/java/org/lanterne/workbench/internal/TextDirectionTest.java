package org.lanterne.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextDirectionTest {

    @ParameterizedTest
    @ValueSource(strings = { "ar", "ar-MA", "ar-TN", "he", "fa-IR", "ur" })
    void rightToLeftLanguagesAreLaidOutRightToLeft(String tag) {
        assertTrue(TextDirection.isRightToLeft(Locale.forLanguageTag(tag)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "en-GB", "fr", "fr-CA", "de", "tr" })
    void leftToRightLanguagesAreLaidOutLeftToRight(String tag) {
        assertFalse(TextDirection.isRightToLeft(Locale.forLanguageTag(tag)));
    }

    @Test
    void anUnknownLocaleIsLaidOutLeftToRight() {
        assertFalse(TextDirection.isRightToLeft(null));
    }
}
