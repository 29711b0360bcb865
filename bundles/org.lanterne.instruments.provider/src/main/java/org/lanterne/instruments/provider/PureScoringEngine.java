package org.lanterne.instruments.provider;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.WeakHashMap;

import org.lanterne.instruments.api.Band;
import org.lanterne.instruments.api.BandProfile;
import org.lanterne.instruments.api.DefinitionException;
import org.lanterne.instruments.api.DefinitionProblem;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.InstrumentKind;
import org.lanterne.instruments.api.Item;
import org.lanterne.instruments.api.ItemType;
import org.lanterne.instruments.api.MissingMode;
import org.lanterne.instruments.api.MissingPolicy;
import org.lanterne.instruments.api.RangePoints;
import org.lanterne.instruments.api.ScoreResult;
import org.lanterne.instruments.api.ScoringEngine;
import org.lanterne.instruments.api.Total;
import org.lanterne.instruments.api.ValidationError;
import org.lanterne.instruments.api.ValidationError.Code;
import org.osgi.service.component.annotations.Component;

/**
 * Scores answers against a definition: the same definition and answers always give the same
 * result. Error messages name items, never the answers given.
 */
@Component
public class PureScoringEngine implements ScoringEngine {

    /**
     * Definitions already found consistent: checking one costs far more than scoring with it, and
     * the same few definitions are scored again and again. Weak keys let withdrawn ones go.
     */
    private final Map<InstrumentDefinition, Boolean> checked = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public void check(InstrumentDefinition definition, String source) {
        Objects.requireNonNull(definition, "definition");
        List<DefinitionProblem> problems = DefinitionValidator.problems(source == null ? "definition" : source, definition);
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
    }

    @Override
    public ScoreResult score(InstrumentDefinition definition, Map<String, Object> answers, String bandProfile) {
        Objects.requireNonNull(answers, "answers");
        if (!checked.containsKey(definition)) {
            check(definition, "definition " + definition.id() + " " + definition.version());
            checked.put(definition, Boolean.TRUE);
        }
        List<ValidationError> errors = new ArrayList<>();
        for (String key : new TreeSet<>(answers.keySet())) {
            if (definition.item(key).isEmpty()) {
                errors.add(new ValidationError(Code.UNKNOWN_ITEM, key, "The instrument has no item '" + key + "'"));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        int counted = 0;
        boolean spj = definition.kind() == InstrumentKind.SPJ;
        for (Item item : definition.items()) {
            boolean judgement = item.id().equals(definition.judgementItem());
            boolean countsForMissing = spj ? !judgement : item.scored();
            if (countsForMissing) {
                counted++;
            }
            Object answer = answers.get(item.id());
            if (answer == null) {
                if (countsForMissing) {
                    missing.add(item.id());
                } else if (judgement) {
                    missing.add(item.id());
                    errors.add(new ValidationError(Code.MISSING_JUDGEMENT, item.id(), "The final judgement is required"));
                }
                continue;
            }
            Object value = normalize(item, answer, errors);
            if (value != null) {
                values.put(item.id(), value);
            }
        }
        MissingPolicy policy = definition.missing();
        String handling = missingness(definition, policy, missing, counted, errors);
        BandProfile profile = null;
        String profileId = bandProfile != null ? bandProfile : definition.defaultBandProfile();
        if (profileId != null) {
            profile = definition.bandProfile(profileId).orElse(null);
            if (profile == null) {
                errors.add(new ValidationError(Code.UNKNOWN_BAND_PROFILE, null, "The instrument has no band profile '" + profileId + "'"));
            }
        }
        if (!errors.isEmpty()) {
            return new ScoreResult(definition.id(), definition.version(), Map.of(), Map.of(), null, null, null, missing, handling, errors);
        }
        Map<String, Integer> totals = new LinkedHashMap<>();
        Map<String, Double> ratios = new LinkedHashMap<>();
        for (Total total : definition.totals()) {
            List<Item> members = members(definition, total);
            BigDecimal sum = BigDecimal.ZERO;
            int answered = 0;
            BigDecimal min = BigDecimal.ZERO;
            BigDecimal max = BigDecimal.ZERO;
            for (Item member : members) {
                BigDecimal[] range = DefinitionValidator.itemRange(member);
                min = min.add(range[0].min(BigDecimal.ZERO));
                max = max.add(range[1].max(BigDecimal.ZERO));
                Object value = values.get(member.id());
                if (value != null) {
                    sum = sum.add(points(member, value));
                    answered++;
                }
            }
            if (policy.mode() == MissingMode.PRORATE && answered < members.size()) {
                if (answered == 0) {
                    errors.add(new ValidationError(Code.TOO_MANY_MISSING, null, "Every item of the total '" + total.id() + "' is missing"));
                    continue;
                }
                sum = sum.multiply(BigDecimal.valueOf(members.size())).divide(BigDecimal.valueOf(answered), 0, RoundingMode.HALF_UP);
                sum = sum.max(min).min(max);
            }
            int value = sum.intValueExact();
            totals.put(total.id(), value);
            if (total.ratio()) {
                ratios.put(total.id(), value / max.doubleValue());
            }
        }
        if (!errors.isEmpty()) {
            return new ScoreResult(definition.id(), definition.version(), Map.of(), Map.of(), null, null, null, missing, handling, errors);
        }
        Band band = null;
        if (profile != null) {
            int value = totals.get(profile.total());
            band = profile.bands().stream().filter(b -> b.contains(value)).findFirst().orElse(null);
        }
        String judgement = definition.judgementItem() == null ? null : (String) values.get(definition.judgementItem());
        return new ScoreResult(definition.id(), definition.version(), totals, ratios, profile == null ? null : profile.id(), band,
                judgement, missing, handling, List.of());
    }

    private static String missingness(InstrumentDefinition definition, MissingPolicy policy, List<String> missing, int counted,
            List<ValidationError> errors) {
        List<String> items = missing.stream().filter(id -> !id.equals(definition.judgementItem())).toList();
        int absent = items.size();
        if (absent == 0) {
            return missing.isEmpty() ? "" : "final judgement not given";
        }
        String what = definition.kind() == InstrumentKind.SPJ ? "factors" : "items";
        if (policy.mode() == MissingMode.REFUSE) {
            items.forEach(id -> errors.add(new ValidationError(Code.MISSING_ITEM, id, "The item '" + id + "' must be answered")));
            return "refused: " + absent + " of " + counted + " " + what + " missing";
        }
        if (policy.maxMissing() >= 0 && absent > policy.maxMissing()) {
            errors.add(new ValidationError(Code.TOO_MANY_MISSING, null,
                    absent + " " + what + " are missing; at most " + policy.maxMissing() + " may be"));
            return "refused: " + absent + " of " + counted + " " + what + " missing, at most " + policy.maxMissing() + " allowed";
        }
        int answered = counted - absent;
        return switch (policy.mode()) {
        case PRORATE -> "prorated: " + answered + " of " + counted + " " + what + " answered";
        case COUNT_AS_ZERO -> absent + " of " + counted + " " + what + " missing, counted as zero";
        case ALLOW_UP_TO -> absent + " of " + counted + " " + what + " missing (up to " + policy.maxMissing() + " allowed)"
                + (definition.kind() == InstrumentKind.SPJ ? "" : ", counted as zero");
        case REFUSE -> throw new IllegalStateException("handled above");
        };
    }

    static List<Item> members(InstrumentDefinition definition, Total total) {
        if (total.items().isEmpty()) {
            return definition.items().stream().filter(Item::scored).toList();
        }
        return total.items().stream().map(id -> definition.item(id).orElseThrow()).toList();
    }

    /** @return the answer as "yes"/"no", a choice value or a BigDecimal; null after adding an error */
    private static Object normalize(Item item, Object answer, List<ValidationError> errors) {
        String id = item.id();
        switch (item.type()) {
        case YES_NO -> {
            if (answer instanceof Boolean yes) {
                return yes ? DefinitionValidator.YES : DefinitionValidator.NO;
            }
            if (answer instanceof String text) {
                if (text.equals(DefinitionValidator.YES) || text.equals(DefinitionValidator.NO)) {
                    return text;
                }
                errors.add(new ValidationError(Code.VALUE_NOT_ALLOWED, id, "The item '" + id + "' takes yes or no"));
                return null;
            }
        }
        case ORDINAL, SINGLE_CHOICE -> {
            String value = null;
            if (answer instanceof String text) {
                value = text;
            } else if (item.type() == ItemType.ORDINAL && answer instanceof Number number) {
                BigDecimal decimal = decimal(number);
                if (decimal != null && decimal.stripTrailingZeros().scale() <= 0 && decimal.abs().compareTo(DefinitionValidator.LIMIT) <= 0) {
                    value = decimal.toBigInteger().toString();
                } else {
                    errors.add(new ValidationError(Code.VALUE_NOT_ALLOWED, id, "The item '" + id + "' takes one of its choices"));
                    return null;
                }
            }
            if (value != null) {
                String chosen = value;
                if (item.choices().stream().anyMatch(c -> c.value().equals(chosen))) {
                    return chosen;
                }
                errors.add(new ValidationError(Code.VALUE_NOT_ALLOWED, id, "The item '" + id + "' takes one of its choices"));
                return null;
            }
        }
        case NUMERIC -> {
            if (answer instanceof Number number) {
                BigDecimal value = decimal(number);
                if (value == null) {
                    break;
                }
                if (value.compareTo(item.bounds().min()) < 0 || value.compareTo(item.bounds().max()) > 0) {
                    errors.add(new ValidationError(Code.OUT_OF_RANGE, id, "The item '" + id + "' takes a number from "
                            + item.bounds().min().toPlainString() + " to " + item.bounds().max().toPlainString()));
                    return null;
                }
                if (item.bounds().integerOnly() && value.stripTrailingZeros().scale() > 0) {
                    errors.add(new ValidationError(Code.OUT_OF_RANGE, id, "The item '" + id + "' takes a whole number"));
                    return null;
                }
                return value;
            }
        }
        default -> throw new IllegalStateException("Unknown item type " + item.type());
        }
        errors.add(new ValidationError(Code.INVALID_VALUE, id, "The answer to '" + id + "' has the wrong type for a " + item.type() + " item"));
        return null;
    }

    private static BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return BigDecimal.valueOf(number.longValue());
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            // Float's own text keeps 34.9f as 34.9 rather than 34.900001525...
            return Double.isFinite(value) ? new BigDecimal(number.toString()) : null;
        }
        try {
            return new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal points(Item item, Object value) {
        var scoring = item.scoring();
        if (scoring.weight() != null) {
            BigDecimal weight = BigDecimal.valueOf(scoring.weight());
            return switch (item.type()) {
            case YES_NO -> DefinitionValidator.YES.equals(value) ? weight : BigDecimal.ZERO;
            case ORDINAL -> new BigDecimal((String) value).multiply(weight);
            case NUMERIC -> ((BigDecimal) value).multiply(weight);
            case SINGLE_CHOICE -> throw new IllegalStateException("No weight on single choices");
            };
        }
        if (!scoring.points().isEmpty()) {
            return BigDecimal.valueOf(scoring.points().get((String) value));
        }
        BigDecimal number = (BigDecimal) value;
        for (RangePoints range : scoring.ranges()) {
            if ((range.from() == null || number.compareTo(range.from()) >= 0) && (range.to() == null || number.compareTo(range.to()) < 0)) {
                return BigDecimal.valueOf(range.points());
            }
        }
        throw new IllegalStateException("The checked ranges cover the item's bounds");
    }
}
