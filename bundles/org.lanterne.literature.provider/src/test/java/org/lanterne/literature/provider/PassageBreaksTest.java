package org.lanterne.literature.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PassageBreaksTest {

    @Test
    void passagesEndAfterSentencesAndLines() {
        String text = "Première phrase. Deuxième phrase ?\nUne ligne sans point\nFin";
        // 9: the first whitespace of the first block of characters
        assertEquals(List.of(0, 9, 17, 35, 56, text.length()), boundaries(text));
    }

    @Test
    void followingAndPrecedingAgreeWithTheBoundaries() {
        String text = "Un. Deux. Trois\nquatre cinq. Six";
        BreakIterator breaks = new PassageBreaks();
        breaks.setText(text);
        List<Integer> all = boundaries(text);
        for (int offset = 0; offset < text.length(); offset++) {
            int o = offset;
            int expectedAfter = all.stream().filter(b -> b > o).findFirst().orElseThrow();
            assertEquals(expectedAfter, breaks.following(offset), "following " + offset);
        }
        for (int offset = 1; offset <= text.length(); offset++) {
            int o = offset;
            int expectedBefore = all.stream().filter(b -> b < o).reduce((a, b) -> b).orElseThrow();
            assertEquals(expectedBefore, breaks.preceding(offset), "preceding " + offset);
        }
        assertEquals(BreakIterator.DONE, breaks.following(text.length()));
        assertEquals(BreakIterator.DONE, breaks.preceding(0));
    }

    @Test
    void aLongStretchWithoutSentencesIsCutIntoBlocks() {
        String text = "mot ".repeat(1_000);
        List<Integer> all = boundaries(text);
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i) - all.get(i - 1) <= PassageBreaks.BLOCK + 4, all.toString());
        }
        assertTrue(all.size() > text.length() / (PassageBreaks.BLOCK + 4));
    }

    private static List<Integer> boundaries(String text) {
        BreakIterator breaks = new PassageBreaks();
        breaks.setText(text);
        List<Integer> all = new ArrayList<>();
        for (int b = breaks.first(); b != BreakIterator.DONE; b = breaks.next()) {
            all.add(b);
        }
        return all;
    }
}
