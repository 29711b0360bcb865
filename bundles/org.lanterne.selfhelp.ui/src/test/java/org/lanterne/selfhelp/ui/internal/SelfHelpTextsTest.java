package org.lanterne.selfhelp.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.selfhelp.api.Count;
import org.lanterne.selfhelp.api.Indicators;
import org.lanterne.selfhelp.api.ModuleProgress;
import org.lanterne.selfhelp.api.Page;
import org.lanterne.selfhelp.api.PeriodCount;
import org.lanterne.selfhelp.api.Programme;
import org.lanterne.selfhelp.api.ProgrammeModule;
import org.lanterne.selfhelp.api.Progress;
import org.lanterne.selfhelp.api.Questionnaire;
import org.lanterne.selfhelp.api.QuestionnaireStatus;
import org.lanterne.selfhelp.api.SharedProgress;
import org.lanterne.selfhelp.api.StepCount;
import org.lanterne.ui.testing.UiResources;

/** The part's words for the indicators and the shared records, withheld counts, refusals, and who sees what. */
class SelfHelpTextsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static SelfHelpMessages messages;

    /** The self-help lines of the permission matrix: AGGREGATE read by four roles, SELF_HELP_PARTICIPANT by two. */
    private static final AccessPolicy MATRIX = new AccessPolicy() {
        @Override
        public boolean allows(Set<Role> roles, Action action, DataClass dataClass) {
            if (action != Action.READ) {
                return false;
            }
            Set<Role> readers = switch (dataClass) {
                case AGGREGATE -> Set.of(Role.CLINICIAN, Role.SUPERVISOR, Role.RESEARCHER, Role.PROGRAMME_LEAD);
                case SELF_HELP_PARTICIPANT -> Set.of(Role.CLINICIAN, Role.SUPERVISOR);
                default -> Set.of();
            };
            return roles.stream().anyMatch(readers::contains);
        }

        @Override
        public void check(Session session, Action action, DataClass dataClass) {
            if (!allows(session.roles(), action, dataClass)) {
                throw new AccessDeniedException(action, dataClass);
            }
        }
    };

    private static final Programme SLEEP = new Programme("sleep-well", "1.0", List.of("en", "fr"),
            Map.of("en", "Sleeping well", "fr", "Bien dormir"), Map.of("en", "Two modules.", "fr", "Deux modules."),
            Map.of("en", "Consent", "fr", "Consentement"),
            List.of(module("evening", "Evenings", "Le soir"), module("night", "Nights", "La nuit")),
            List.of(new Questionnaire("start", "selfhelp-weekly-check-example", Questionnaire.BASELINE),
                    new Questionnaire("after-evenings", "selfhelp-weekly-check-example", "after-module:evening"),
                    new Questionnaire("end", "selfhelp-weekly-check-example", Questionnaire.FOLLOW_UP)),
            null);

    private static ProgrammeModule module(String id, String en, String fr) {
        return new ProgrammeModule(id, Map.of("en", en, "fr", fr), List.of(new Page(Map.of("en", "p", "fr", "p"), Map.of("en", "b", "fr", "b"))),
                List.of());
    }

    @BeforeAll
    static void english() throws Exception {
        messages = UiResources.of(SelfHelpTextsTest.class).english(SelfHelpMessages.class);
    }

    private static Session session(Role... roles) {
        return new Session("t".repeat(43), "someone", Set.of(roles), NOW, NOW.plusSeconds(1800));
    }

    private static Count count(Integer value) {
        return new Count(value);
    }

    private static Indicators indicators() {
        return new Indicators("sleep-well", count(23),
                List.of(new PeriodCount("2026-W46", count(null)), new PeriodCount("2026-W47", count(null)), new PeriodCount("2026-W48", count(16))),
                List.of(new PeriodCount("2026-11", count(23))),
                List.of(new StepCount("evening", count(12)), new StepCount("night", count(null))),
                List.of(new StepCount("start", count(20)), new StepCount("after-evenings", count(0)), new StepCount("end", count(null))),
                count(null), count(6), 28);
    }

    @Test
    void leadsCliniciansSupervisorsAndResearchersReadAggregatesAndOnlyCliniciansAndSupervisorsReadSharedRecords() {
        for (Role role : List.of(Role.PROGRAMME_LEAD, Role.RESEARCHER)) {
            assertTrue(SelfHelpAccess.readsIndicators(MATRIX, session(role)), role.name());
            assertFalse(SelfHelpAccess.readsShared(MATRIX, session(role)), role.name());
            assertTrue(SelfHelpAccess.sees(MATRIX, session(role)), role.name());
        }
        for (Role role : List.of(Role.CLINICIAN, Role.SUPERVISOR)) {
            assertTrue(SelfHelpAccess.readsIndicators(MATRIX, session(role)), role.name());
            assertTrue(SelfHelpAccess.readsShared(MATRIX, session(role)), role.name());
        }
        assertFalse(SelfHelpAccess.sees(MATRIX, session(Role.ADMINISTRATOR)));
        assertFalse(SelfHelpAccess.sees(MATRIX, null));
        assertFalse(SelfHelpAccess.sees(null, session(Role.CLINICIAN)));
        assertFalse(new IndicatorReadersOnly().evaluate(MATRIX, session(Role.ADMINISTRATOR)));
        assertTrue(new IndicatorReadersOnly().evaluate(MATRIX, session(Role.PROGRAMME_LEAD)));
    }

    @Test
    void withheldCountsAreShownAsLessThanFiveAndGiveNoShare() {
        assertEquals("<5", SelfHelpTexts.count(count(null)));
        assertEquals("0", SelfHelpTexts.count(count(0)));
        assertEquals("17", SelfHelpTexts.count(count(17)));
        assertEquals("50 %", SelfHelpTexts.share(count(10), count(20)));
        assertEquals(SelfHelpTexts.NONE, SelfHelpTexts.share(count(null), count(20)));
        assertEquals(SelfHelpTexts.NONE, SelfHelpTexts.share(count(10), count(null)));
        assertEquals(SelfHelpTexts.NONE, SelfHelpTexts.share(count(0), count(0)));
    }

    @Test
    void enrolmentsPerPeriodAreListedAsTheServiceGivesThem() {
        List<String[]> weeks = SelfHelpTexts.periods(indicators().enrolmentsByWeek());
        assertEquals(3, weeks.size());
        assertArrayEquals(new String[] { "2026-W46", "<5" }, weeks.get(0));
        assertArrayEquals(new String[] { "2026-W47", "<5" }, weeks.get(1));
        assertArrayEquals(new String[] { "2026-W48", "16" }, weeks.get(2));
        assertArrayEquals(new String[] { "2026-11", "23" }, SelfHelpTexts.periods(indicators().enrolmentsByMonth()).get(0));
    }

    @Test
    void theFunnelNamesModulesInTheUsersLanguageInProgrammeOrder() {
        List<String[]> english = SelfHelpTexts.modules("en", SLEEP, indicators());
        assertArrayEquals(new String[] { "Evenings", "12", "52 %" }, english.get(0));
        assertArrayEquals(new String[] { "Nights", "<5", SelfHelpTexts.NONE }, english.get(1));
        assertEquals("Le soir", SelfHelpTexts.modules("fr", SLEEP, indicators()).get(0)[0]);
        // a language the programme does not have falls back to English
        assertEquals("Evenings", SelfHelpTexts.modules("ar", SLEEP, indicators()).get(0)[0]);
        // a module the programme no longer has is named by its id
        assertEquals("evening", SelfHelpTexts.modules("en", null, indicators()).get(0)[0]);
    }

    @Test
    void questionnairesSayWhenTheyAreAskedAndHowManyAnswered() {
        List<String[]> rows = SelfHelpTexts.questionnaires(messages, "en", SLEEP, indicators());
        assertArrayEquals(new String[] { "start", messages.selfhelp_when_baseline, "20", "87 %" }, rows.get(0));
        assertArrayEquals(new String[] { "after-evenings", "After “Evenings”", "0", "0 %" }, rows.get(1));
        assertArrayEquals(new String[] { "end", messages.selfhelp_when_follow_up, "<5", SelfHelpTexts.NONE }, rows.get(2));
    }

    @Test
    void theSummaryGivesParticipantsCompletionsAndDropouts() {
        assertEquals("Participants: 23. Completed every module: <5. Dropped out (no activity for 28 days): 6.",
                SelfHelpTexts.summary(messages, indicators()));
    }

    @Test
    void aSharedRecordShowsProgressButNoAnswerAndOnlyTheStartOfTheShareId() {
        Progress progress = new Progress("sleep-well", "fr", LocalDate.of(2026, 11, 2),
                List.of(new ModuleProgress("evening", LocalDate.of(2026, 11, 9)), new ModuleProgress("night", null)),
                List.of(new QuestionnaireStatus("start", "selfhelp-weekly-check-example", Questionnaire.BASELINE, false, true),
                        new QuestionnaireStatus("after-evenings", "selfhelp-weekly-check-example", "after-module:evening", true, false),
                        new QuestionnaireStatus("end", "selfhelp-weekly-check-example", Questionnaire.FOLLOW_UP, false, false)),
                0.5);
        SharedProgress shared = new SharedProgress("3f9c2a71-0b44-4c1e-9d7a-2f1e8b6c5d40", LocalDate.of(2026, 11, 10), progress);
        assertArrayEquals(new String[] { "3f9c2a71", "2026-11-10", "Sleeping well", "French", "2026-11-02", "1 / 2", "1 / 3", "1", "50 %" },
                SelfHelpTexts.shared(messages, "en", shared, Map.of("sleep-well", SLEEP)));
        assertEquals("gone-programme", SelfHelpTexts.shared(messages, "en",
                new SharedProgress("abc", LocalDate.of(2026, 11, 10), new Progress("gone-programme", "xx", null, List.of(), List.of(), 0)),
                Map.of())[2]);
        assertEquals(messages.selfhelp_shared_none, SelfHelpTexts.sharedCount(messages, 0));
        assertEquals("Participants who shared their record with you: 2.", SelfHelpTexts.sharedCount(messages, 2));
    }

    @Test
    void refusalsAreToldInPlainWordsAndOtherFailuresAreNot() {
        assertEquals(messages.selfhelp_session_ended,
                SelfHelpTexts.refusal(messages, new SessionExpiredException(Action.READ, DataClass.AGGREGATE)));
        assertEquals(messages.selfhelp_denied, SelfHelpTexts.refusal(messages, new AccessDeniedException(Action.READ, DataClass.AGGREGATE)));
        assertEquals(messages.selfhelp_programme_gone, SelfHelpTexts.refusal(messages, new NoSuchElementException("sleep-well")));
        assertNull(SelfHelpTexts.refusal(messages, new IllegalStateException("database closed")));
    }

    @Test
    void placeholdersAreFilledWithoutMessageFormatQuoting() {
        assertEquals("Après « l'éveil » ($1)", SelfHelpTexts.format("Après « {0} » ({1})", "l'éveil", "$1"));
    }
}
