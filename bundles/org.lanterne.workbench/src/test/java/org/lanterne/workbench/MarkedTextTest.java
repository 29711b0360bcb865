package org.lanterne.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lanterne.workbench.MarkedText.Mark;

/** Snippets of the search services as plain text with the places of their hits. */
class MarkedTextTest {

    @Test
    void marksBecomeRunsOfThePlainTextAndEntitiesAreUnescaped() {
        MarkedText marked = MarkedText.of("Les <mark>enfants</mark> &amp; la <mark>sécurité</mark> &lt;en ligne&gt; &#x27;ici&#x2F;là&#39;");
        assertEquals("Les enfants & la sécurité <en ligne> 'ici/là'", marked.text());
        assertEquals(List.of(new Mark(4, 7), new Mark(17, 8)), marked.marks());
        assertEquals(List.of("enfants", "sécurité"), marked.markedWords());
    }

    @Test
    void anEscapedWordInsideAMarkIsCountedAsItReads() {
        MarkedText marked = MarkedText.of("<mark>l&#39;école</mark> … <mark>R&amp;D</mark>");
        assertEquals("l'école … R&D", marked.text());
        assertEquals(List.of("l'école", "R&D"), marked.markedWords());
    }

    @Test
    void arabicMarksAreFoundAtTheirCharacters() {
        MarkedText marked = MarkedText.of("حماية <mark>الأطفال</mark> على الإنترنت");
        assertEquals(List.of(new Mark(6, 7)), marked.marks());
        assertEquals(List.of("الأطفال"), marked.markedWords());
    }

    @Test
    void textWithoutMarksHasNoneAndAnUnclosedMarkRunsToTheEnd() {
        assertEquals(new MarkedText("rien \"ici\"", List.of()), MarkedText.of("rien &quot;ici&quot;"));
        assertEquals(new MarkedText("fin coupé", List.of(new Mark(4, 5))), MarkedText.of("fin <mark>coupé"));
        assertEquals(new MarkedText("", List.of()), MarkedText.of(""));
    }
}
