package org.lanterne.literature.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lanterne.literature.api.BibliographicDetails;
import org.lanterne.literature.api.Decision;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.PrismaCounts;
import org.lanterne.literature.api.ScreeningConflict;
import org.lanterne.literature.api.ScreeningDecision;
import org.lanterne.literature.api.WorkType;
import org.lanterne.ui.testing.UiResources;

/** The Screening part's words: decisions with their reasons, progress, conflicts, the abstract shown, PRISMA counts and their CSV. */
class ScreeningTextsTest {

    private static LiteratureMessages english;
    private static LiteratureMessages french;

    @BeforeAll
    static void load() throws Exception {
        english = UiResources.of(ScreeningTextsTest.class).english(LiteratureMessages.class);
        french = UiResources.of(ScreeningTextsTest.class).translated(LiteratureMessages.class, "fr");
    }

    @Test
    void listedReasonsAreTranslatedAndTheReviewersOwnWordsKept() {
        assertEquals(ScreeningDecision.EXCLUSION_REASONS, ScreeningTexts.reasons(english), "the English names are the library's");
        assertEquals("population non pertinente", ScreeningTexts.reason(french, "wrong population"));
        assertEquals("adultes seulement", ScreeningTexts.reason(french, "adultes seulement"));
        ScreeningDecision excluded = ReviewQueueTest.decision("lit-a", "karim", Decision.EXCLUDE, 1);
        assertEquals("Exclure (critère de jugement non pertinent)", ScreeningTexts.verdict(french, excluded));
        assertEquals("not yet", ScreeningTexts.mine(english, Optional.empty()));
    }

    @Test
    void progressSaysHowManyRecordsTheReviewerScreened() {
        assertEquals("37 of 120 records screened by you.", ScreeningTexts.progress(english, 37, 120));
    }

    @Test
    void aConflictNamesEachReviewerWithTheirDecisionInNameOrder() {
        ScreeningConflict conflict = new ScreeningConflict("lit-a", List.of(ReviewQueueTest.decision("lit-a", "karim", Decision.EXCLUDE, 2),
                ReviewQueueTest.decision("lit-a", "amina", Decision.INCLUDE, 1)));
        assertEquals("amina: Include · karim: Exclude (wrong outcome)", ScreeningTexts.conflict(english, conflict));
        assertTrue(ScreeningTexts.conflicts(english, 1).startsWith("The reviewers disagree on 1 record."));
        assertTrue(ScreeningTexts.conflicts(english, 3).startsWith("The reviewers disagree on 3 records."));
        assertEquals(english.screening_conflicts_none, ScreeningTexts.conflicts(english, 0));
    }

    @Test
    void theAbstractIsShownWhenKnownElseTheBeginningOfTheTextCutAtASpace() {
        LiteratureRecord plain = ReviewQueueTest.record("lit-a", "Avis");
        assertEquals("Court texte.", ScreeningTexts.excerpt(plain, Optional.of("  Court texte.\n")));
        String longText = "mot ".repeat(1000);
        String excerpt = ScreeningTexts.excerpt(plain, Optional.of(longText));
        assertTrue(excerpt.length() <= ScreeningTexts.EXCERPT + 2 && excerpt.endsWith("mot …"), excerpt);
        assertEquals("", ScreeningTexts.excerpt(plain, Optional.empty()));
        LiteratureRecord withAbstract = new LiteratureRecord("lit-b", "Revue", List.of(), OptionalInt.empty(), Optional.empty(), "fr",
                LiteratureRecord.REFERENCE, Set.of(), Optional.empty(), "refs.ris", "0".repeat(64),
                new BibliographicDetails(WorkType.ARTICLE, Optional.of("Le résumé."), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertEquals("Le résumé.", ScreeningTexts.excerpt(withAbstract, Optional.of("le texte entier")));
    }

    @Test
    void prismaCountsFollowTheFlowDiagramWithTheReasonsUnderExcludedAndCopyAsCsv() {
        Map<String, Long> reasons = new LinkedHashMap<>();
        reasons.put("wrong population", 3L);
        reasons.put("adults only, \"not\" minors", 1L);
        PrismaCounts counts = new PrismaCounts(12, OptionalLong.empty(), 10, 2, 4, reasons, 1, 3, 2);
        List<ScreeningTexts.PrismaLine> lines = ScreeningTexts.prisma(english, counts);
        assertEquals(List.of("Identified=12", "Duplicates removed=—", "Screened=10", "Excluded=4", "  wrong population=3",
                "  adults only, \"not\" minors=1", "Included=2", "Maybe=1", "In conflict=3", "Not yet screened=2"),
                lines.stream().map(line -> (line.indented() ? "  " : "") + line.label() + "=" + line.count()).toList());
        assertEquals("Records,Count\r\nIdentified,12\r\nDuplicates removed,—\r\nScreened,10\r\nExcluded,4\r\n"
                + "Excluded: wrong population,3\r\n\"Excluded: adults only, \"\"not\"\" minors\",1\r\nIncluded,2\r\nMaybe,1\r\n"
                + "In conflict,3\r\nNot yet screened,2\r\n", ScreeningTexts.csv(english, lines));
    }
}
