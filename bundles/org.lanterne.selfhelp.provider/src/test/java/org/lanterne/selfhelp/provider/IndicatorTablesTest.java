package org.lanterne.selfhelp.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lanterne.selfhelp.api.Count;
import org.lanterne.selfhelp.api.Indicators;
import org.lanterne.selfhelp.api.ModuleProgress;
import org.lanterne.selfhelp.api.PeriodCount;
import org.lanterne.selfhelp.api.Programme;
import org.lanterne.selfhelp.api.Progress;
import org.lanterne.selfhelp.api.QuestionnaireStatus;

/** Progress of one participant, and indicators over many with small counts suppressed. */
class IndicatorTablesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Count SUPPRESSED = new Count(null);

    private static Programme takingCare() throws IOException {
        return ProgrammeReader.read("taking-care.json", ProgrammeDefinitionTest.builtIn("taking-care.json"));
    }

    @Test
    void countsFromOneToFourAreWithheldButZeroIsShown() {
        assertEquals(new Count(0), Suppression.count(0));
        for (int n = 1; n <= 4; n++) {
            assertTrue(Suppression.count(n).suppressed(), "count " + n);
        }
        assertEquals(new Count(5), Suppression.count(5));
    }

    @Test
    void aSingleWithheldCellOfAPartitionTakesTheSmallestOtherWithIt() {
        assertEquals(List.of(new Count(9), SUPPRESSED, SUPPRESSED, new Count(0)), Suppression.partition(List.of(9, 3, 6, 0)),
                "3 could be worked out from the total 18, so 6 goes too");
        assertEquals(List.of(SUPPRESSED, SUPPRESSED, new Count(7)), Suppression.partition(List.of(2, 1, 7)), "two withheld already");
        assertEquals(List.of(new Count(5), new Count(6)), Suppression.partition(List.of(5, 6)));
    }

    @Test
    void progressFollowsModulesAndOpensQuestionnairesAtTheirMoment() throws IOException {
        Programme programme = takingCare();
        Progress start = Progressions.of(programme, "fr", TODAY, Map.of(), Set.of());
        assertEquals(0.0, start.progress());
        assertEquals(List.of(true, false, false), start.questionnaires().stream().map(QuestionnaireStatus::due).toList());

        Progress half = Progressions.of(programme, "fr", TODAY, Map.of("not-alone", TODAY, "coping", TODAY), Set.of("weekly-start"));
        assertEquals(0.5, half.progress());
        assertEquals(List.of(true, false, true, false), half.modules().stream().map(ModuleProgress::done).toList());
        assertEquals(List.of(false, true, false), half.questionnaires().stream().map(QuestionnaireStatus::due).toList());
        assertEquals(List.of(true, false, false), half.questionnaires().stream().map(QuestionnaireStatus::done).toList());

        Map<String, LocalDate> all = Map.of("not-alone", TODAY, "noticing", TODAY, "coping", TODAY, "support", TODAY);
        Progress done = Progressions.of(programme, "fr", TODAY, all, Set.of("weekly-start", "weekly-after-coping"));
        assertEquals(1.0, done.progress());
        assertEquals(List.of(false, false, true), done.questionnaires().stream().map(QuestionnaireStatus::due).toList());
    }

    @Test
    void indicatorsCountTheFunnelCompletionAndDropoutAndWithholdSmallCounts() throws IOException {
        Programme programme = takingCare();
        Set<String> everyModule = Set.of("not-alone", "noticing", "coping", "support");
        List<IndicatorTables.Participant> participants = new ArrayList<>();
        for (int i = 0; i < 6; i++) { // six completed, active recently, enrolled in the week of 2026-11-16
            participants.add(new IndicatorTables.Participant(LocalDate.of(2026, 11, 16), TODAY, everyModule, Set.of("weekly-start")));
        }
        for (int i = 0; i < 5; i++) { // five stopped after the first module two months ago
            participants.add(new IndicatorTables.Participant(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2), Set.of("not-alone"), Set.of()));
        }
        participants.add(new IndicatorTables.Participant(TODAY, TODAY, Set.of(), Set.of())); // one new today

        Indicators indicators = IndicatorTables.of(programme, participants, TODAY, 28);

        assertEquals(new Count(12), indicators.enrolments());
        assertEquals(List.of(11, 6, 6, 6), indicators.modules().stream().map(s -> s.count().value()).toList());
        assertEquals(new Count(6), indicators.questionnaires().get(0).count());
        assertEquals(new Count(0), indicators.questionnaires().get(1).count());
        assertEquals(new Count(6), indicators.completed());
        assertEquals(new Count(5), indicators.dropouts());
        assertEquals(List.of("2026-W36", "2026-W47", "2026-W48"), indicators.enrolmentsByWeek().stream().map(PeriodCount::period).toList());
        assertEquals(List.of(SUPPRESSED, new Count(6), SUPPRESSED), indicators.enrolmentsByWeek().stream().map(PeriodCount::count).toList(),
                "the single enrolment of this week would follow from the total: the smallest other cell (5) is withheld too");
        assertEquals(List.of("2026-09", "2026-11"), indicators.enrolmentsByMonth().stream().map(PeriodCount::period).toList());
        assertFalse(indicators.enrolmentsByMonth().get(1).count().suppressed());
    }
}
