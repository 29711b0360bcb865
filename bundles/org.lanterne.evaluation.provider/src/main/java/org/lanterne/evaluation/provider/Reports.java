package org.lanterne.evaluation.provider;

import java.util.List;

import org.lanterne.evaluation.api.Cohort;
import org.lanterne.evaluation.api.IndicatorReport;
import org.lanterne.evaluation.api.Subgroup;

/** Builds the indicator report of one programme from a cohort. */
final class Reports {

    private Reports() {
    }

    /** @throws java.util.NoSuchElementException if the cohort has no such programme */
    static IndicatorReport of(Cohort cohort, String programme, Subgroup subgroup, OutcomeSettings settings) {
        ProgrammeCohort people = new ProgrammeCohort(cohort, programme);
        ReachIndicators reach = new ReachIndicators(people, subgroup);
        OutcomeIndicators outcomes = new OutcomeIndicators(people, settings, subgroup);
        boolean clinical = !people.followUps.isEmpty();
        return new IndicatorReport(programme, subgroup, cohort.source(), reach.enrolmentsByMonth(), reach.enrolmentsBySite(),
                reach.enrolmentsByAgeBand(), reach.enrolmentsByReferralRoute(), reach.funnel(), reach.dropoutsByMonth(),
                outcomes.change(), outcomes.accuracy(), outcomes.calibration(), clinical ? outcomes.survival() : List.of(),
                clinical ? outcomes.logRank() : null);
    }
}
