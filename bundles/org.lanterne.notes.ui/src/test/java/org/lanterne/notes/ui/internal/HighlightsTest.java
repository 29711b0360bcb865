package org.lanterne.notes.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.junit.jupiter.api.Test;
import org.lanterne.workbench.MarkedText;

/** A search result's passage in a table cell: one line, its found words bold on the highlight. */
class HighlightsTest {

    // as NoteSearch gives it: two passages joined by an ellipsis, the words in <mark>, the rest escaped
    private static final String SNIPPET = "Rappel du plan de <mark>sécurité</mark>\u00a0: l&#39;équipe\n\tvoit … la <mark>sécurité</mark> &amp; l&#39;école";

    @Test
    void thePassageIsOnOneLineWithItsFoundWordsInPlace() {
        MarkedText passage = Highlights.oneLine(SNIPPET);
        assertEquals("Rappel du plan de sécurité\u00a0: l'équipe  voit … la sécurité & l'école", passage.text());
        assertEquals(List.of("sécurité", "sécurité"), passage.markedWords());
    }

    @Test
    void theSpacesAroundThePassageAreLeftOutAndTheWordsStayMarked() {
        MarkedText passage = Highlights.oneLine(" \n  Lettre du service <mark>pénitentiaire</mark>.\t ");
        assertEquals("Lettre du service pénitentiaire.", passage.text());
        assertEquals(List.of("pénitentiaire"), passage.markedWords());
        assertEquals(new MarkedText("", List.of()), Highlights.oneLine(" \n "));
    }

    @Test
    void eachFoundWordIsOneBoldRangeOnTheHighlight() {
        MarkedText passage = Highlights.oneLine(SNIPPET);
        StyleRange[] styles = Highlights.styles(passage, null);
        assertEquals(2, styles.length);
        assertEquals(List.of("sécurité", "sécurité"), Arrays.stream(styles)
                .map(style -> passage.text().substring(style.start, style.start + style.length)).toList());
        assertEquals(List.of(SWT.BOLD, SWT.BOLD), Arrays.stream(styles).map(style -> style.fontStyle).toList());
    }

    @Test
    void aPassageWithoutFoundWordsHasNoRange() {
        assertEquals(0, Highlights.styles(Highlights.oneLine("plain &lt;text&gt;"), null).length);
    }
}
