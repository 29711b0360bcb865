package org.lanterne.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanterne.ui.testing.UiResources;

/** The texts of the workbench exist in every language the model and the code ask for. */
class TranslationsTest {

    private final UiResources resources = UiResources.of(TranslationsTest.class);

    @Test
    void everyTextOfTheModelAndTheCodeHasAnEnglishText() throws Exception {
        resources.assertModelTextsExist("/Application.e4xmi");
        resources.assertEveryMessageHasAnEnglishText(Messages.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "fr", "ar" })
    void translationsHaveTheSameKeysAndPlaceholdersAsEnglishAndNoEmptyText(String language) throws IOException {
        resources.assertTranslationComplete(language);
    }

    @Test
    void arabicTextsAreWrittenInArabicScript() throws IOException {
        resources.assertArabicWrittenInArabicScript();
    }

    @Test
    void frenchTextsOfTheWelcomePageAndTheSignInAreTranslated() throws IOException {
        Properties english = resources.texts(null);
        Properties french = resources.texts("fr");
        for (String key : english.stringPropertyNames()) {
            if (key.startsWith("welcome_") || key.startsWith("signin_")) {
                assertFalse(english.getProperty(key).equals(french.getProperty(key)), key + " is not translated");
            }
        }
    }
}
