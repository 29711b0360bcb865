package org.lanterne.literature.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.junit.jupiter.api.Test;
import org.lanterne.literature.ui.internal.Passage.Hit;

/** Snippets of the library as plain text with the places of their hits, and the style ranges that show them. */
class PassageTest {

    @Test
    void marksBecomeHitsAndTheRestIsUnescaped() {
        Passage passage = Passage.of("Les <mark>enfants</mark> &amp; la <mark>sécurité</mark> &lt;en ligne&gt; &#x27;ici&#x2F;là&#39;");
        assertEquals("Les enfants & la sécurité <en ligne> 'ici/là'", passage.text());
        assertEquals(List.of(new Hit(4, 7), new Hit(17, 8)), passage.hits());
        assertEquals("enfants", passage.text().substring(4, 11));
    }

    @Test
    void arabicHitsAreFoundAtTheirCharacters() {
        Passage passage = Passage.of("حماية <mark>الأطفال</mark> على الإنترنت");
        assertEquals("حماية الأطفال على الإنترنت", passage.text());
        assertEquals(List.of(new Hit(6, 7)), passage.hits());
    }

    @Test
    void aPassageWithoutMarksHasNoHitsAndAnUnclosedMarkRunsToTheEnd() {
        assertEquals(List.of(), Passage.of("rien &quot;ici&quot;").hits());
        assertEquals("rien \"ici\"", Passage.of("rien &quot;ici&quot;").text());
        Passage cut = Passage.of("fin <mark>coupé");
        assertEquals("fin coupé", cut.text());
        assertEquals(List.of(new Hit(4, 5)), cut.hits());
    }

    @Test
    void onOneLineTheHitsStayOnTheirWords() {
        Passage passage = Passage.of("les\r\npersonnes\n\tles <mark>enfants</mark>").oneLine();
        assertEquals("les  personnes  les enfants", passage.text());
        assertEquals("enfants", passage.text().substring(passage.hits().get(0).start(), passage.hits().get(0).start() + 7));
    }

    @Test
    void aPassageCanStartAtTheWordJustBeforeItsFirstHit() {
        Passage passage = Passage.of("Le Maroc s'attaque aux violences sur les <mark>enfants</mark> et les <mark>enfants</mark>");
        Passage near = passage.fromFirstHit(10);
        assertEquals("… sur les enfants et les enfants", near.text());
        assertEquals(List.of(new Hit(10, 7), new Hit(25, 7)), near.hits());
        Passage early = Passage.of("les <mark>enfants</mark>");
        assertEquals(early, early.fromFirstHit(10));
        assertEquals(Passage.of("rien"), Passage.of("rien").fromFirstHit(0));
    }

    @Test
    void joinedPassagesKeepTheirHitsInPlace() {
        Passage joined = Passage.join(List.of(Passage.of("a <mark>b</mark>"), Passage.of("<mark>c</mark> d")), "\n\n");
        assertEquals("a b\n\nc d", joined.text());
        assertEquals(List.of(new Hit(2, 1), new Hit(5, 1)), joined.hits());
    }

    @Test
    void eachHitBecomesABoldStyleRangeMovedByTheOffset() {
        List<StyleRange> styles = Passage.of("x <mark>enfants</mark>").styles(100, null);
        assertEquals(1, styles.size());
        assertEquals(102, styles.get(0).start);
        assertEquals(7, styles.get(0).length);
        assertEquals(SWT.BOLD, styles.get(0).fontStyle);
    }
}
