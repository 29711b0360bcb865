package org.lanterne.instruments.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.lanterne.instruments.api.Assessment;
import org.lanterne.instruments.api.Band;
import org.lanterne.instruments.api.ScoreResult;

/** Assessments built in code, with only what history and agreement look at. */
final class Assessments {

    private Assessments() {
    }

    /** @param total the main total, or {@code null}; @param band its band code, or {@code null} */
    static Assessment of(String code, String rater, String day, Integer total, String band) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        if (total != null) {
            totals.put("total", total);
        }
        ScoreResult result = new ScoreResult("example", "1", totals, Map.of(), band == null ? null : "levels",
                band == null ? null : new Band(band, null, null, Map.of("en", band)), null, List.of(), "", List.of());
        LocalDate date = LocalDate.parse(day);
        return new Assessment(UUID.randomUUID().toString(), code, "example", "1", rater, date,
                Instant.parse(day + "T10:00:00Z"), Map.of(), null, result);
    }
}
