package org.lanterne.literature.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lanterne.literature.api.Decision;
import org.lanterne.literature.api.ScreeningDecision;

/** The decision form: a listed reason is sent as the library spells it, the reviewer's own words as typed, and an exclusion needs one. */
class VerdictTest {

    private static final List<String> FRENCH = List.of("population non pertinente", "intervention non pertinente",
            "comparateur non pertinent", "critère de jugement non pertinent", "type d'étude non pertinent",
            "type de publication non pertinent", "langue non retenue", "hors période", "doublon");

    @Test
    void aReasonChosenFromTheTranslatedListIsSentAsTheLibrarySpellsIt() {
        assertEquals(Optional.of("wrong population"), Verdict.reason("population non pertinente", FRENCH));
        assertEquals(Optional.of("duplicate"), Verdict.reason(" doublon ", FRENCH));
        assertEquals(ScreeningDecision.EXCLUSION_REASONS.size(), FRENCH.size());
    }

    @Test
    void typedWordsAreSentAsTypedWithoutTheSurroundingSpace() {
        assertEquals(Optional.of("étude sur des adultes seulement"), Verdict.reason("  étude sur des adultes seulement ", FRENCH));
        assertEquals(Optional.empty(), Verdict.reason("   ", FRENCH));
        assertEquals(Optional.empty(), Verdict.reason(null, FRENCH));
    }

    @Test
    void anExclusionNeedsAReasonOfAtMost200Characters() {
        assertEquals(Optional.of(Verdict.Problem.REASON_MISSING), Verdict.check(Decision.EXCLUDE, Optional.empty()));
        assertEquals(Optional.of(Verdict.Problem.REASON_TOO_LONG), Verdict.check(Decision.EXCLUDE, Optional.of("x".repeat(201))));
        assertEquals(Optional.empty(), Verdict.check(Decision.EXCLUDE, Optional.of("x".repeat(200))));
    }

    @Test
    void includeAndMaybeNeedNoReasonAndSendNone() {
        assertEquals(Optional.empty(), Verdict.check(Decision.INCLUDE, Optional.empty()));
        assertEquals(Optional.empty(), Verdict.check(Decision.MAYBE, Optional.of("wrong outcome")));
        assertEquals(new Verdict(Decision.MAYBE, Optional.empty()), Verdict.of(Decision.MAYBE, Optional.of("wrong outcome")));
        assertEquals(new Verdict(Decision.EXCLUDE, Optional.of("wrong outcome")), Verdict.of(Decision.EXCLUDE, Optional.of("wrong outcome")));
    }
}
