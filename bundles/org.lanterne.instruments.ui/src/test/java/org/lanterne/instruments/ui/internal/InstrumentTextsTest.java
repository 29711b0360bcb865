package org.lanterne.instruments.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.instruments.api.Assessment;
import org.lanterne.instruments.api.AssessmentChange;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.MissingMode;
import org.lanterne.instruments.api.ScoreResult;
import org.lanterne.instruments.api.ValidationError;
import org.lanterne.instruments.api.ValidationError.Code;

/** The Assessments part's words for instruments, scores, refusals and the history. */
class InstrumentTextsTest {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static InstrumentsMessages messages;

    private final InstrumentDefinition checklist = Fixtures.checklist(MissingMode.REFUSE);

    @BeforeAll
    static void english() throws Exception {
        messages = Fixtures.english();
    }

    private static Session session(Role... roles) {
        return new Session("t".repeat(43), "someone", Set.of(roles), NOW, NOW.plusSeconds(1800));
    }

    @Test
    void cliniciansAndSupervisorsAssess() {
        assertFalse(InstrumentTexts.assesses(null));
        assertFalse(InstrumentTexts.assesses(session(Role.ADMINISTRATOR, Role.RESEARCHER)));
        assertTrue(InstrumentTexts.assesses(session(Role.CLINICIAN)));
        assertTrue(InstrumentTexts.assesses(session(Role.SUPERVISOR, Role.ADMINISTRATOR)));
    }

    @Test
    void labelsAreInTheUsersLanguageElseEnglishElseTheFirst() {
        assertEquals("Détresse", InstrumentTexts.label(Map.of("en", "Distress", "fr", "Détresse"), FRENCH));
        assertEquals("Distress", InstrumentTexts.label(Map.of("en", "Distress", "fr", "Détresse"), Locale.of("ar")));
        assertEquals("Angst", InstrumentTexts.label(Map.of("nl", "Zorg", "de", "Angst"), Locale.of("ar")));
        assertEquals("", InstrumentTexts.label(Map.of(), FRENCH));
        assertEquals("Worry checklist (version 1.0)", InstrumentTexts.entry(messages, checklist, Locale.ENGLISH));
        assertEquals("Liste d'inquiétudes (version 1.0)", InstrumentTexts.entry(messages, checklist, FRENCH));
    }

    @Test
    void theTotalSaysWhenItIsProvisional() {
        LiveScore complete = LiveScore.of(Fixtures.ENGINE, checklist, Map.of("urges", true, "distress", "1", "hours", 3));
        assertEquals("Total: 3", InstrumentTexts.total(messages, complete));
        LiveScore partial = LiveScore.of(Fixtures.ENGINE, checklist, Map.of("urges", true));
        assertEquals("Total so far: 1 (unanswered items count as zero)", InstrumentTexts.total(messages, partial));
        LiveScore wrong = LiveScore.of(Fixtures.ENGINE, checklist, Map.of("urges", "bad"));
        assertEquals("Total: not available yet", InstrumentTexts.total(messages, wrong));
    }

    @Test
    void theBandIsNamedInTheUsersLanguageOnceTheFormIsComplete() {
        LiveScore complete = LiveScore.of(Fixtures.ENGINE, checklist, Map.of("urges", true, "distress", "1", "hours", 3));
        assertEquals("Band: Élevé", InstrumentTexts.band(messages, checklist, complete.result(), FRENCH));
        LiveScore partial = LiveScore.of(Fixtures.ENGINE, checklist, Map.of("urges", true));
        assertEquals(messages.assessments_band_pending, InstrumentTexts.band(messages, checklist, partial.result(), FRENCH));

        InstrumentDefinition spj = Fixtures.judgement();
        ScoreResult judged = Fixtures.ENGINE.score(spj, Map.of("impulsivity", "present", "isolation", "absent", "judgement", "high"), null);
        assertEquals("Final judgement: Élevé", InstrumentTexts.band(messages, spj, judged, FRENCH));
        ScoreResult pending = Fixtures.ENGINE.score(spj, Map.of("impulsivity", "present"), null);
        assertEquals(messages.assessments_judgement_pending, InstrumentTexts.band(messages, spj, pending, FRENCH));
    }

    @Test
    void unansweredItemsAndWrongAnswersAreNamedByTheirLabels() {
        ScoreResult partial = Fixtures.ENGINE.score(checklist, Map.of("urges", true), null);
        assertEquals("Not answered yet: Détresse; Heures", InstrumentTexts.missing(messages, checklist, partial, FRENCH));
        // unanswered items are told once, by the line above
        assertEquals("", InstrumentTexts.errors(messages, checklist, partial, FRENCH));
        ScoreResult complete = Fixtures.ENGINE.score(checklist, Map.of("urges", true, "distress", "1", "hours", 3), null);
        assertEquals(messages.assessments_missing_none, InstrumentTexts.missing(messages, checklist, complete, FRENCH));

        ScoreResult wrong = new ScoreResult("worry-checklist", "1.0", null, null, null, null, null, List.of(), "", List.of(
                new ValidationError(Code.OUT_OF_RANGE, "hours", "out of range"),
                new ValidationError(Code.TOO_MANY_MISSING, null, "too many")));
        assertEquals("Hours: this answer is outside the allowed range.\n" + messages.assessments_error_too_many_missing,
                InstrumentTexts.errors(messages, checklist, wrong, Locale.ENGLISH));
    }

    @Test
    void everyValidationErrorHasItsOwnPlainWords() {
        for (Code code : Code.values()) {
            String text = InstrumentTexts.error(messages, checklist, new ValidationError(code, "urges", "x"), Locale.ENGLISH);
            assertTrue(text != null && !text.isBlank() && !text.contains(code.name()), code.name());
        }
    }

    @Test
    void refusalsOfTheRecordsServiceAreToldInPlainWords() {
        assertEquals(messages.assessments_session_ended,
                InstrumentTexts.refusal(messages, new SessionExpiredException(Action.CREATE, DataClass.ASSESSMENT)));
        assertTrue(InstrumentTexts.refusal(messages, new AccessDeniedException(Action.CREATE, DataClass.ASSESSMENT))
                .startsWith("You may not work with assessments."));
        assertEquals(messages.assessments_instrument_gone, InstrumentTexts.refusal(messages, new NoSuchElementException()));
        assertEquals(messages.assessments_code_invalid, InstrumentTexts.refusal(messages, new IllegalArgumentException()));
        assertNull(InstrumentTexts.refusal(messages, new IllegalStateException("database down")));
    }

    @Test
    void aHistoryRowGivesDateRaterTotalSignedChangeAndBand() {
        ScoreResult result = Fixtures.ENGINE.score(checklist, Map.of("urges", true, "distress", "1", "hours", 3), null);
        Assessment assessment = new Assessment("a1", "7QM2-9KXD-C4TB-H1ZR8", "worry-checklist", "1.0", "dana",
                LocalDate.of(2026, 2, 14), NOW, Map.of(), null, result);
        assertArrayEquals(new String[] { "14 févr. 2026", "dana", "3", "\u200E+2", "Élevé" },
                InstrumentTexts.historyRow(new AssessmentChange(assessment, 2, "low", true), checklist, FRENCH));
        assertEquals("", InstrumentTexts.historyRow(new AssessmentChange(assessment, null, null, false), checklist, FRENCH)[3]);
        assertEquals("\u200E-1", InstrumentTexts.signed(-1));
        assertEquals("\u200E0", InstrumentTexts.signed(0));
    }

    @Test
    void placeholdersAreFilledWithoutMessageFormatQuoting() {
        assertEquals("L'évaluation du 3 a été enregistrée.", InstrumentTexts.format("L'évaluation du {0} a été enregistrée.", "3"));
    }
}
