package org.lanterne.literature.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.ScreeningDecision;

/**
 * The records of a review as one reviewer screens them: each with that reviewer's latest decision,
 * if any. Other reviewers' decisions are left out, so that each reviewer decides independently.
 * Immutable; a decision gives a new queue.
 */
final class ReviewQueue {

    /** A record and the reviewer's latest decision about it. */
    record Row(LiteratureRecord record, Optional<ScreeningDecision> mine) {
    }

    private static final Comparator<LiteratureRecord> BY_TITLE = Comparator
            .comparing((LiteratureRecord record) -> record.title().toLowerCase(Locale.ROOT)).thenComparing(LiteratureRecord::id);

    private final String reviewer;
    private final List<Row> rows;

    private ReviewQueue(String reviewer, List<Row> rows) {
        this.reviewer = reviewer;
        this.rows = List.copyOf(rows);
    }

    /**
     * @param records   the records of the review, in any order; listed by title
     * @param decisions every decision about each record, oldest first, by record id
     * @param reviewer  the user name of the reviewer
     */
    static ReviewQueue of(List<LiteratureRecord> records, Map<String, List<ScreeningDecision>> decisions, String reviewer) {
        List<Row> rows = records.stream().sorted(BY_TITLE)
                .map(record -> new Row(record, latest(decisions.getOrDefault(record.id(), List.of()), reviewer))).toList();
        return new ReviewQueue(reviewer, rows);
    }

    /** @return the reviewer's latest decision among {@code decisions} (oldest first) */
    static Optional<ScreeningDecision> latest(List<ScreeningDecision> decisions, String reviewer) {
        return decisions.stream().filter(decision -> decision.reviewer().equals(reviewer)).reduce((earlier, later) -> later);
    }

    String reviewer() {
        return reviewer;
    }

    List<Row> rows() {
        return rows;
    }

    int size() {
        return rows.size();
    }

    /** @return how many records the reviewer has decided about */
    long screened() {
        return rows.stream().filter(row -> row.mine().isPresent()).count();
    }

    /** @return the position of the record, or -1 */
    int indexOf(String recordId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).record().id().equals(recordId)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @return the first record after {@code from} the reviewer has not decided about, going round to
     *         the start; -1 when every record is decided
     */
    int nextUndecided(int from) {
        for (int step = 1; step <= rows.size(); step++) {
            int i = Math.floorMod(from + step, rows.size());
            if (rows.get(i).mine().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** @return the queue with this decision of the reviewer's recorded; the same queue for another record or reviewer */
    ReviewQueue with(ScreeningDecision decision) {
        int at = indexOf(decision.recordId());
        if (at < 0 || !decision.reviewer().equals(reviewer)) {
            return this;
        }
        List<Row> changed = new ArrayList<>(rows);
        changed.set(at, new Row(rows.get(at).record(), Optional.of(decision)));
        return new ReviewQueue(reviewer, changed);
    }

    /** @return the queue with the record as now stored (its tags changed), in the same place */
    ReviewQueue with(LiteratureRecord record) {
        int at = indexOf(record.id());
        if (at < 0) {
            return this;
        }
        List<Row> changed = new ArrayList<>(rows);
        changed.set(at, new Row(record, rows.get(at).mine()));
        return new ReviewQueue(reviewer, changed);
    }
}
