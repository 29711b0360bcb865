package org.lanterne.instruments.assessments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lanterne.instruments.api.Assessment;
import org.lanterne.instruments.api.RaterAgreement;

/**
 * Pairs two raters' assessments of one instrument: for each participant both assessed, each
 * rater's latest assessment. Earlier ones are left out so that a participant who was assessed
 * again counts once, with the raters' current view.
 */
final class RaterPairs {

    static final Comparator<Assessment> CHRONOLOGICAL = Comparator.comparing(Assessment::assessedOn)
            .thenComparing(Assessment::recordedAt).thenComparing(Assessment::id);

    private RaterPairs() {
    }

    /**
     * @param assessments assessments of the instrument by either rater, in any order
     * @return the agreement over the participants both rated
     */
    static RaterAgreement agreement(String instrumentId, String raterA, String raterB, List<Assessment> assessments) {
        Map<String, Assessment> latestA = latestByParticipant(raterA, assessments);
        Map<String, Assessment> latestB = latestByParticipant(raterB, assessments);
        latestA.keySet().retainAll(latestB.keySet());

        List<String> bandsA = new ArrayList<>();
        List<String> bandsB = new ArrayList<>();
        List<double[]> totals = new ArrayList<>();
        boolean everyCaseBanded = true;
        boolean everyCaseTotalled = true;
        for (Map.Entry<String, Assessment> pair : latestA.entrySet()) {
            Assessment a = pair.getValue();
            Assessment b = latestB.get(pair.getKey());
            everyCaseBanded &= a.bandCode() != null && b.bandCode() != null;
            everyCaseTotalled &= a.total() != null && b.total() != null;
            bandsA.add(a.bandCode());
            bandsB.add(b.bandCode());
            if (everyCaseTotalled) {
                totals.add(new double[] { a.total(), b.total() });
            }
        }
        int cases = latestA.size();
        Double share = everyCaseBanded ? AgreementStatistics.observedAgreement(bandsA, bandsB) : null;
        Double kappa = everyCaseBanded ? AgreementStatistics.cohensKappa(bandsA, bandsB) : null;
        Double icc = everyCaseTotalled ? AgreementStatistics.icc21(totals.toArray(new double[0][])) : null;
        return new RaterAgreement(instrumentId, raterA, raterB, cases, share, kappa, icc);
    }

    // sorted by code: the same records always give the same sums, to the last bit
    private static Map<String, Assessment> latestByParticipant(String rater, List<Assessment> assessments) {
        Map<String, Assessment> latest = new TreeMap<>();
        assessments.stream()
                .filter(a -> a.rater().equals(rater))
                .sorted(CHRONOLOGICAL)
                .forEach(a -> latest.put(a.participantCode(), a));
        return latest;
    }
}
