package org.lanterne.ui.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * What every UI bundle's resources must hold: a model fragment that fits the workbench and
 * contributes every id the bundle declares, texts for every message and model label in English,
 * French and Arabic with the same keys, and Arabic written in Arabic script. A bundle's test
 * extends it and names its classes.
 */
public abstract class UiBundleContract {

    /** Each fragment adds a command, a handler, a menu entry and a part to the workbench's model. */
    private static final int ANCHORS = 4;

    private final UiResources resources;
    private final Class<?> workbenchIds;
    private final Class<?> bundleIds;
    private final Class<?> messages;

    /**
     * @param workbenchIds the workbench's ids, which the fragment's anchors must name
     * @param bundleIds    the bundle's ids, each of which the fragment must contribute
     * @param messages     the bundle's NLS-style messages class
     */
    protected UiBundleContract(Class<?> workbenchIds, Class<?> bundleIds, Class<?> messages) {
        this.resources = UiResources.of(getClass());
        this.workbenchIds = workbenchIds;
        this.bundleIds = bundleIds;
        this.messages = messages;
    }

    @Test
    public void theFragmentIsAnchoredInTheWorkbenchAndContributesEveryId() throws Exception {
        assertEquals(ANCHORS, resources.assertFragmentFits("/fragment.e4xmi", workbenchIds, bundleIds));
    }

    @Test
    public void everyTextOfTheFragmentAndThePartHasAnEnglishText() throws Exception {
        resources.assertModelTextsExist("/fragment.e4xmi");
        resources.assertEveryMessageHasAnEnglishText(messages);
    }

    @Test
    public void frenchTranslationHasTheSameKeysAsEnglish() throws Exception {
        resources.assertTranslationComplete("fr");
    }

    @Test
    public void arabicTranslationHasTheSameKeysAsEnglish() throws Exception {
        resources.assertTranslationComplete("ar");
    }

    @Test
    public void arabicTextsAreWrittenInArabicScript() throws Exception {
        resources.assertArabicWrittenInArabicScript();
    }
}
