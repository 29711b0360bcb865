package org.lanterne.literature.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.eclipse.swt.custom.StyleRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.SearchHit;
import org.lanterne.ui.testing.UiResources;

/** The preview's text and where its styles fall. */
class PreviewDocumentTest {

    private static LiteratureMessages messages;

    @BeforeAll
    static void english() throws Exception {
        messages = UiResources.of(PreviewDocumentTest.class).english(LiteratureMessages.class);
    }

    static LiteratureRecord record(OptionalInt year) {
        return new LiteratureRecord("lit-1", "Avis sur les enfants", List.of("CESE"), year, Optional.empty(), "fr", "text",
                Set.of(), Optional.empty(), "cese-avis.fr.txt", "0".repeat(64));
    }

    @Test
    void theHitsOfEveryPassageAreStyledWhereTheirWordsAre() {
        SearchHit hit = new SearchHit(record(OptionalInt.of(2024)), 1f,
                List.of("Les <mark>enfants</mark> et les écrans", "protéger l&#x27;<mark>enfant</mark>"));
        PreviewDocument document = PreviewDocument.of(messages, hit, null);
        List<StyleRange> styles = document.styles();
        assertEquals("Avis sur les enfants", text(document, styles.get(0)));
        assertEquals(messages.library_preview_passages, text(document, styles.get(1)));
        assertEquals("enfants", text(document, styles.get(2)));
        assertEquals("enfant", text(document, styles.get(3)));
        assertEquals(4, styles.size());
        assertTrue(document.text().contains("Year: 2024\n"), document.text());
        assertTrue(document.text().endsWith("Les enfants et les écrans\n\nprotéger l'enfant"), document.text());
    }

    @Test
    void aRecordFoundWithoutPassagesSaysSoAndUnknownValuesAreNamed() {
        PreviewDocument document = PreviewDocument.of(messages, new SearchHit(record(OptionalInt.empty()), 1f, List.of()), null);
        assertTrue(document.text().endsWith(messages.library_preview_no_passage), document.text());
        assertTrue(document.text().contains("Year: " + messages.library_unknown), document.text());
        assertEquals(2, document.styles().size());
    }

    private static String text(PreviewDocument document, StyleRange style) {
        return document.text().substring(style.start, style.start + style.length);
    }
}
