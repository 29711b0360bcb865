package org.lanterne.notes.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanterne.notes.ui.NotesUiIds;
import org.lanterne.ui.testing.UiResources;
import org.lanterne.workbench.WorkbenchIds;

/** The fragment fits the workbench model, and its texts exist in every language. */
class ResourcesTest {

    private final UiResources resources = UiResources.of(ResourcesTest.class);

    @Test
    void theFragmentIsAnchoredInTheWorkbenchAndContributesEveryId() throws Exception {
        assertEquals(4, resources.assertFragmentFits("/fragment.e4xmi", WorkbenchIds.class, NotesUiIds.class));
    }

    @Test
    void everyTextOfTheFragmentAndThePartHasAnEnglishText() throws Exception {
        resources.assertModelTextsExist("/fragment.e4xmi");
        resources.assertEveryMessageHasAnEnglishText(NotesMessages.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "fr", "ar" })
    void translationsHaveTheSameKeysAsEnglish(String language) throws Exception {
        resources.assertTranslationComplete(language);
    }

    @Test
    void arabicTextsAreWrittenInArabicScript() throws Exception {
        resources.assertArabicWrittenInArabicScript();
    }
}
