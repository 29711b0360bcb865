package org.lanterne.literature.provider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lanterne.literature.api.Decision;
import org.lanterne.literature.api.PrismaCounts;
import org.lanterne.literature.api.ScreeningConflict;
import org.lanterne.literature.api.ScreeningDecision;

/**
 * Where the screening of a set of records stands, from the history of decisions: each
 * reviewer's latest decision per record, the records on which they disagree, and the PRISMA counts.
 */
final class ScreeningTally {

    /** Each record's latest decision by each reviewer, by reviewer name, records by id. */
    private final Map<String, List<ScreeningDecision>> latest = new TreeMap<>();

    /** @param history decisions oldest first; a later decision of the same reviewer replaces an earlier one */
    ScreeningTally(List<ScreeningDecision> history) {
        Map<String, Map<String, ScreeningDecision>> byRecord = new HashMap<>();
        for (ScreeningDecision d : history) {
            byRecord.computeIfAbsent(d.recordId(), k -> new TreeMap<>()).put(d.reviewer(), d);
        }
        byRecord.forEach((record, byReviewer) -> latest.put(record, List.copyOf(byReviewer.values())));
    }

    /** @return the records whose reviewers' latest decisions differ, by record id */
    List<ScreeningConflict> conflicts() {
        List<ScreeningConflict> conflicts = new ArrayList<>();
        latest.forEach((record, decisions) -> {
            if (agreed(decisions).isEmpty()) {
                conflicts.add(new ScreeningConflict(record, decisions));
            }
        });
        return conflicts;
    }

    /**
     * @param identified how many records the set holds, screened or not
     * @return the counts; records decided but outside the set must have been left out of the history
     */
    PrismaCounts prisma(long identified) {
        Map<Decision, Long> outcomes = new HashMap<>();
        List<String> reasons = new ArrayList<>();
        long inConflict = 0;
        for (List<ScreeningDecision> decisions : latest.values()) {
            Optional<Decision> outcome = agreed(decisions);
            if (outcome.isEmpty()) {
                inConflict++;
                continue;
            }
            outcomes.merge(outcome.get(), 1L, Long::sum);
            if (outcome.get() == Decision.EXCLUDE) {
                reasons.add(mostRecent(decisions).reason().orElse(""));
            }
        }
        long screened = latest.size();
        return new PrismaCounts(identified, OptionalLong.empty(), screened, outcomes.getOrDefault(Decision.INCLUDE, 0L),
                outcomes.getOrDefault(Decision.EXCLUDE, 0L), byFrequency(reasons), outcomes.getOrDefault(Decision.MAYBE, 0L),
                inConflict, Math.max(0, identified - screened));
    }

    /** @return the decision every reviewer made last, if they all made the same */
    private static Optional<Decision> agreed(List<ScreeningDecision> decisions) {
        Decision first = decisions.get(0).decision();
        return decisions.stream().allMatch(d -> d.decision() == first) ? Optional.of(first) : Optional.empty();
    }

    private static ScreeningDecision mostRecent(List<ScreeningDecision> decisions) {
        return decisions.stream().max(Comparator.comparing(ScreeningDecision::decidedAt)).orElseThrow();
    }

    /** Most frequent first, then by name, so that the order is stable. */
    private static Map<String, Long> byFrequency(List<String> reasons) {
        Map<String, Long> counts = reasons.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }
}
