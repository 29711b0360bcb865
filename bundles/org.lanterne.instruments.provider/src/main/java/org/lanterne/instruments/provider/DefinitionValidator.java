package org.lanterne.instruments.provider;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.lanterne.instruments.api.Band;
import org.lanterne.instruments.api.BandProfile;
import org.lanterne.instruments.api.Choice;
import org.lanterne.instruments.api.DefinitionProblem;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.InstrumentKind;
import org.lanterne.instruments.api.Item;
import org.lanterne.instruments.api.ItemType;
import org.lanterne.instruments.api.MissingMode;
import org.lanterne.instruments.api.RangePoints;
import org.lanterne.instruments.api.Scoring;
import org.lanterne.instruments.api.Total;

/**
 * The consistency rules of a definition. Each problem names the JSON path of the part at fault,
 * as the part appears in the file, and a rule id that docs/instruments.md lists.
 */
final class DefinitionValidator {

    static final String YES = "yes";
    static final String NO = "no";

    // Keeps totals far from int overflow whatever weights and bounds say.
    static final BigDecimal LIMIT = BigDecimal.valueOf(100_000);
    static final int MAX_ITEMS = 1_000;

    private static final Pattern INSTRUMENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,31}");
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final String source;
    private final InstrumentDefinition definition;
    private final List<DefinitionProblem> problems = new ArrayList<>();
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Set<String> counted = new HashSet<>();

    private DefinitionValidator(String source, InstrumentDefinition definition) {
        this.source = source;
        this.definition = definition;
    }

    /** @return every rule the definition breaks, in document order; empty when it is consistent */
    static List<DefinitionProblem> problems(String source, InstrumentDefinition definition) {
        DefinitionValidator validator = new DefinitionValidator(source, definition);
        validator.validate();
        return validator.problems;
    }

    private void validate() {
        InstrumentDefinition d = definition;
        require(d.id() != null && INSTRUMENT_ID.matcher(d.id()).matches(), "$.id", "id-format",
                "The id must be 1 to 64 lowercase letters, digits or hyphens, starting with a letter or digit");
        require(d.version() != null && VERSION.matcher(d.version()).matches(), "$.version", "version-format",
                "The version must be 1 to 32 letters, digits, dots, hyphens or underscores");
        languages();
        labels(d.titles(), "$.title");
        require(notBlank(d.citation()), "$.citation", "required", "A citation of the published source is required");
        require(notBlank(d.licenceNote()), "$.licenceNote", "required", "A licence note is required");
        require(notBlank(d.population()), "$.population", "required", "The population is required");
        require(d.kind() != null, "$.kind", "required", "The kind is required");
        missingPolicy();
        require(!d.items().isEmpty(), "$.items", "items-required", "At least one item is required");
        require(d.items().size() <= MAX_ITEMS, "$.items", "items-too-many", "At most " + MAX_ITEMS + " items");
        for (int i = 0; i < d.items().size(); i++) {
            item(d.items().get(i), "$.items[" + i + "]");
        }
        judgement();
        Map<String, BigDecimal[]> ranges = totals();
        unusedScoring();
        bandProfiles(ranges);
    }

    private void languages() {
        List<String> languages = definition.languages();
        require(!languages.isEmpty(), "$.languages", "languages-required", "At least one language is required");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < languages.size(); i++) {
            String language = languages.get(i);
            String path = "$.languages[" + i + "]";
            require(language != null && ISO_LANGUAGES.contains(language), path, "language-unknown",
                    "Not a two-letter ISO 639 language code");
            require(seen.add(language), path, "duplicate-language", "The language is listed twice");
        }
    }

    private void missingPolicy() {
        if (definition.missing() == null || definition.missing().mode() == null) {
            problems.add(problem("$.missing.mode", "required", "The missing-item policy is required"));
            return;
        }
        MissingMode mode = definition.missing().mode();
        int max = definition.missing().maxMissing();
        require(max >= -1, "$.missing.maxMissing", "missing-max", "maxMissing must be 0 or more, or left out for no limit");
        require(mode != MissingMode.ALLOW_UP_TO || max >= 0, "$.missing.maxMissing", "missing-max",
                "ALLOW_UP_TO needs maxMissing");
        require(definition.kind() != InstrumentKind.SPJ || mode == MissingMode.REFUSE || mode == MissingMode.ALLOW_UP_TO,
                "$.missing.mode", "spj-missing-mode", "Factor ratings of a structured professional judgement are not added up:"
                        + " only REFUSE or ALLOW_UP_TO apply");
    }

    private void item(Item item, String path) {
        if (item.id() == null || !ID.matcher(item.id()).matches()) {
            problems.add(problem(path + ".id", "item-id-format",
                    "An item id must be 1 to 64 letters, digits, hyphens or underscores, starting with a letter"));
        } else if (items.containsKey(item.id())) {
            problems.add(problem(path + ".id", "duplicate-item-id", "The item id '" + item.id() + "' is used twice"));
        } else {
            items.put(item.id(), item);
        }
        labels(item.labels(), path + ".label");
        if (item.type() == null) {
            problems.add(problem(path + ".type", "required", "The item type is required"));
            return;
        }
        boolean choices = item.type() == ItemType.ORDINAL || item.type() == ItemType.SINGLE_CHOICE;
        if (choices) {
            require(item.choices().size() >= 2, path + ".choices", "choices-required", "An " + item.type() + " item needs two choices or more");
        } else {
            require(item.choices().isEmpty(), path + ".choices", "choices-not-allowed", "A " + item.type() + " item has no choices");
        }
        Set<String> values = new HashSet<>();
        for (int c = 0; c < item.choices().size(); c++) {
            Choice choice = item.choices().get(c);
            String at = path + ".choices[" + c + "]";
            if (!notBlank(choice.value())) {
                problems.add(problem(at + ".value", "required", "A choice needs a value"));
                continue;
            }
            require(values.add(choice.value()), at + ".value", "duplicate-choice-value", "The value '" + choice.value() + "' is used twice");
            require(item.type() != ItemType.ORDINAL || canonicalInteger(choice.value()), at + ".value", "ordinal-value",
                    "An ordinal choice value must be a whole number such as \"0\"");
            labels(choice.labels(), at + ".label");
        }
        if (item.type() == ItemType.NUMERIC) {
            if (item.bounds() == null || item.bounds().min() == null || item.bounds().max() == null) {
                problems.add(problem(path + ".bounds", "bounds-required", "A NUMERIC item needs bounds with min and max"));
            } else {
                require(item.bounds().min().compareTo(item.bounds().max()) <= 0, path + ".bounds", "bounds-order", "min is above max");
            }
        } else {
            require(item.bounds() == null, path + ".bounds", "bounds-not-allowed", "Only NUMERIC items have bounds");
        }
        if (item.scoring() != null) {
            if (definition.kind() == InstrumentKind.SPJ) {
                problems.add(problem(path + ".scoring", "scoring-on-unscored-item",
                        "Factors of a structured professional judgement are rated, not scored"));
            } else {
                scoring(item, path + ".scoring");
            }
        }
    }

    private void scoring(Item item, String path) {
        Scoring scoring = item.scoring();
        int methods = (scoring.weight() != null ? 1 : 0) + (scoring.points().isEmpty() ? 0 : 1) + (scoring.ranges().isEmpty() ? 0 : 1);
        if (methods != 1) {
            problems.add(problem(path, "scoring-one-method", "Use exactly one of weight, points or ranges"));
            return;
        }
        if (scoring.weight() != null) {
            boolean numericWhole = item.type() == ItemType.NUMERIC && item.bounds() != null && item.bounds().integerOnly();
            require(item.type() == ItemType.YES_NO || item.type() == ItemType.ORDINAL || numericWhole, path + ".weight",
                    "weight-not-applicable", "A weight applies to YES_NO, ORDINAL and whole-number NUMERIC items only");
        } else if (!scoring.points().isEmpty()) {
            if (item.type() == ItemType.NUMERIC) {
                problems.add(problem(path + ".points", "points-not-applicable", "A NUMERIC item is scored by weight or ranges"));
                return;
            }
            Set<String> allowed = allowedValues(item);
            for (String key : scoring.points().keySet()) {
                require(allowed.contains(key), path + ".points." + key, "points-unknown-value", "'" + key + "' is not an allowed answer of the item");
            }
            for (String value : allowed) {
                require(scoring.points().containsKey(value), path + ".points", "points-incomplete", "No points for the answer '" + value + "'");
            }
        } else {
            ranges(item, path + ".ranges");
        }
        BigDecimal[] range = itemRange(item);
        if (range != null) {
            require(range[0].abs().compareTo(LIMIT) <= 0 && range[1].abs().compareTo(LIMIT) <= 0, path, "points-too-large",
                    "The item could give more than " + LIMIT + " points");
        }
    }

    private void ranges(Item item, String path) {
        if (item.type() != ItemType.NUMERIC) {
            problems.add(problem(path, "ranges-not-applicable", "Only NUMERIC items are scored by ranges"));
            return;
        }
        List<RangePoints> ranges = item.scoring().ranges();
        for (int r = 0; r < ranges.size(); r++) {
            RangePoints range = ranges.get(r);
            require(range.from() == null || range.to() == null || range.from().compareTo(range.to()) < 0, path + "[" + r + "]",
                    "range-order", "from must be below to");
        }
        List<Integer> order = new ArrayList<>();
        for (int r = 0; r < ranges.size(); r++) {
            order.add(r);
        }
        order.sort(Comparator.comparing((Integer r) -> ranges.get(r).from(), Comparator.nullsFirst(Comparator.naturalOrder())));
        for (int k = 1; k < order.size(); k++) {
            RangePoints before = ranges.get(order.get(k - 1));
            RangePoints after = ranges.get(order.get(k));
            String at = path + "[" + order.get(k) + "]";
            if (before.to() == null || after.from() == null || after.from().compareTo(before.to()) < 0) {
                problems.add(problem(at, "ranges-overlap", "This range overlaps " + path + "[" + order.get(k - 1) + "]"));
            } else if (after.from().compareTo(before.to()) > 0) {
                problems.add(problem(at, "ranges-gap", "No points between " + before.to().toPlainString() + " and " + after.from().toPlainString()));
            }
        }
        if (item.bounds() != null && item.bounds().min() != null && item.bounds().max() != null && !ranges.isEmpty()) {
            RangePoints first = ranges.get(order.get(0));
            RangePoints last = ranges.get(order.get(order.size() - 1));
            require(first.from() == null || first.from().compareTo(item.bounds().min()) <= 0, path, "ranges-cover",
                    "The ranges do not start at the item's minimum");
            require(last.to() == null || last.to().compareTo(item.bounds().max()) > 0, path, "ranges-cover",
                    "The ranges do not reach the item's maximum");
        }
    }

    private void judgement() {
        String id = definition.judgementItem();
        if (id == null) {
            require(definition.kind() != InstrumentKind.SPJ, "$.judgementItem", "judgement-required",
                    "A structured professional judgement needs the item holding the final judgement");
            return;
        }
        Item item = items.get(id);
        if (item == null) {
            problems.add(problem("$.judgementItem", "judgement-unknown-item", "No item has the id '" + id + "'"));
            return;
        }
        require(item.type() == ItemType.SINGLE_CHOICE, "$.judgementItem", "judgement-type", "The judgement item must be SINGLE_CHOICE");
        require(item.scoring() == null, pathOf(id) + ".scoring", "scoring-on-unscored-item", "The final judgement is not scored");
    }

    /** @return the lowest and highest value of each total, by total id */
    private Map<String, BigDecimal[]> totals() {
        Map<String, BigDecimal[]> ranges = new LinkedHashMap<>();
        List<Total> totals = definition.totals();
        if (definition.kind() == InstrumentKind.SPJ) {
            require(totals.isEmpty(), "$.totals", "spj-no-total", "A structured professional judgement has no arithmetic total");
            return ranges;
        }
        require(!totals.isEmpty(), "$.totals", "totals-required", "At least one total is required");
        for (int t = 0; t < totals.size(); t++) {
            Total total = totals.get(t);
            String path = "$.totals[" + t + "]";
            if (total.id() == null || !ID.matcher(total.id()).matches()) {
                problems.add(problem(path + ".id", "total-id-format", "A total id must be 1 to 64 letters, digits, hyphens or underscores"));
                continue;
            }
            if (ranges.containsKey(total.id())) {
                problems.add(problem(path + ".id", "duplicate-total-id", "The total id '" + total.id() + "' is used twice"));
                continue;
            }
            labels(total.labels(), path + ".label");
            List<Item> members = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            if (total.items().isEmpty()) {
                items.values().stream().filter(Item::scored).forEach(members::add);
            }
            for (int i = 0; i < total.items().size(); i++) {
                String id = total.items().get(i);
                Item item = items.get(id);
                String at = path + ".items[" + i + "]";
                if (item == null) {
                    problems.add(problem(at, "total-unknown-item", "No item has the id '" + id + "'"));
                } else if (!item.scored()) {
                    problems.add(problem(at, "total-unscored-item", "The item '" + id + "' is not scored"));
                } else if (!seen.add(id)) {
                    problems.add(problem(at, "duplicate-total-item", "The item '" + id + "' is counted twice"));
                } else {
                    members.add(item);
                }
            }
            members.forEach(m -> counted.add(m.id()));
            if (members.isEmpty()) {
                problems.add(problem(path + ".items", "total-empty", "The total adds up no scored item"));
                continue;
            }
            BigDecimal min = BigDecimal.ZERO;
            BigDecimal max = BigDecimal.ZERO;
            boolean zeroForMissing = definition.missing() != null && definition.missing().mode() != MissingMode.REFUSE;
            for (Item member : members) {
                BigDecimal[] range = itemRange(member);
                if (range == null) {
                    return ranges;
                }
                min = min.add(zeroForMissing ? range[0].min(BigDecimal.ZERO) : range[0]);
                max = max.add(zeroForMissing ? range[1].max(BigDecimal.ZERO) : range[1]);
            }
            require(!total.ratio() || max.signum() > 0, path + ".ratio", "ratio-maximum", "A ratio needs a maximum above zero");
            ranges.put(total.id(), new BigDecimal[] {min, max});
        }
        return ranges;
    }

    private void unusedScoring() {
        if (definition.kind() == InstrumentKind.SPJ || definition.totals().isEmpty()) {
            return;
        }
        for (Item item : items.values()) {
            require(!item.scored() || counted.contains(item.id()), pathOf(item.id()) + ".scoring", "scoring-on-unscored-item",
                    "The item is scored but no total counts it");
        }
    }

    private void bandProfiles(Map<String, BigDecimal[]> totals) {
        List<BandProfile> profiles = definition.bandProfiles();
        if (definition.kind() == InstrumentKind.SPJ) {
            require(profiles.isEmpty(), "$.bandProfiles", "spj-no-bands", "A structured professional judgement has no score bands");
        }
        Set<String> ids = new HashSet<>();
        for (int p = 0; p < profiles.size(); p++) {
            BandProfile profile = profiles.get(p);
            String path = "$.bandProfiles[" + p + "]";
            require(profile.id() != null && ID_OR_NUMBER.matcher(profile.id()).matches(), path + ".id", "band-profile-id-format",
                    "A band profile id must be 1 to 64 letters, digits, dots, hyphens or underscores");
            require(ids.add(profile.id()), path + ".id", "duplicate-band-profile", "The band profile '" + profile.id() + "' is defined twice");
            labels(profile.labels(), path + ".label");
            BigDecimal[] range = totals.get(profile.total());
            if (range == null) {
                problems.add(problem(path + ".total", "band-total-unknown", "No total has the id '" + profile.total() + "'"));
            }
            bands(profile.bands(), path + ".bands", range);
        }
        String chosen = definition.defaultBandProfile();
        if (chosen == null) {
            require(profiles.isEmpty(), "$.defaultBandProfile", "default-band-profile-required", "Name the band profile used by default");
        } else {
            require(ids.contains(chosen), "$.defaultBandProfile", "default-band-profile-unknown", "No band profile has the id '" + chosen + "'");
        }
    }

    private static final Pattern ID_OR_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private void bands(List<Band> bands, String path, BigDecimal[] range) {
        if (bands.isEmpty()) {
            problems.add(problem(path, "bands-required", "A band profile needs at least one band"));
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int b = 0; b < bands.size(); b++) {
            Band band = bands.get(b);
            String at = path + "[" + b + "]";
            require(notBlank(band.code()), at + ".code", "required", "A band needs a code");
            require(band.code() == null || codes.add(band.code()), at + ".code", "duplicate-band-code", "The code '" + band.code() + "' is used twice");
            require(band.min() == null || band.max() == null || band.min() <= band.max(), at, "band-order", "min is above max");
            labels(band.labels(), at + ".label");
        }
        List<Integer> order = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
            order.add(b);
        }
        order.sort(Comparator.comparing((Integer b) -> bands.get(b).min(), Comparator.nullsFirst(Comparator.naturalOrder())));
        for (int k = 1; k < order.size(); k++) {
            Band before = bands.get(order.get(k - 1));
            Band after = bands.get(order.get(k));
            String at = path + "[" + order.get(k) + "]";
            if (before.max() == null || after.min() == null || after.min() <= before.max()) {
                problems.add(problem(at, "bands-overlap", "This band overlaps " + path + "[" + order.get(k - 1) + "]"));
            } else if (after.min() > before.max() + 1) {
                problems.add(problem(at, "bands-gap", "No band holds the totals " + (before.max() + 1) + " to " + (after.min() - 1)));
            }
        }
        if (range != null) {
            Band first = bands.get(order.get(0));
            Band last = bands.get(order.get(order.size() - 1));
            require(first.min() == null || BigDecimal.valueOf(first.min()).compareTo(range[0]) <= 0, path, "bands-cover",
                    "No band holds the lowest possible total, " + range[0].toPlainString());
            require(last.max() == null || BigDecimal.valueOf(last.max()).compareTo(range[1]) >= 0, path, "bands-cover",
                    "No band holds the highest possible total, " + range[1].toPlainString());
        }
    }

    private void labels(Map<String, String> labels, String path) {
        for (Map.Entry<String, String> label : labels.entrySet()) {
            require(definition.languages().contains(label.getKey()), path + "." + label.getKey(), "unknown-language-key",
                    "'" + label.getKey() + "' is not one of the definition's languages " + definition.languages());
        }
        for (String language : definition.languages()) {
            require(notBlank(labels.get(language)), path, "missing-translation", "No label in '" + language + "'");
        }
    }

    /** @return the lowest and highest points the item can give, or null if its scoring is broken */
    static BigDecimal[] itemRange(Item item) {
        Scoring scoring = item.scoring();
        List<BigDecimal> values = new ArrayList<>();
        if (scoring == null) {
            return null;
        }
        if (scoring.weight() != null) {
            BigDecimal weight = BigDecimal.valueOf(scoring.weight());
            switch (item.type()) {
            case YES_NO -> {
                values.add(BigDecimal.ZERO);
                values.add(weight);
            }
            case ORDINAL -> item.choices().stream().filter(c -> canonicalInteger(c.value()))
                    .forEach(c -> values.add(new BigDecimal(c.value()).multiply(weight)));
            case NUMERIC -> {
                if (item.bounds() != null && item.bounds().min() != null && item.bounds().max() != null) {
                    values.add(item.bounds().min().multiply(weight));
                    values.add(item.bounds().max().multiply(weight));
                }
            }
            default -> {
                // no weight on single choices; reported by the caller
            }
            }
        } else if (!scoring.points().isEmpty()) {
            scoring.points().values().forEach(p -> values.add(BigDecimal.valueOf(p)));
        } else {
            scoring.ranges().forEach(r -> values.add(BigDecimal.valueOf(r.points())));
        }
        if (values.isEmpty()) {
            return null;
        }
        return new BigDecimal[] {values.stream().min(Comparator.naturalOrder()).get(), values.stream().max(Comparator.naturalOrder()).get()};
    }

    static Set<String> allowedValues(Item item) {
        Set<String> values = new HashSet<>();
        if (item.type() == ItemType.YES_NO) {
            values.add(YES);
            values.add(NO);
        } else {
            item.choices().forEach(c -> values.add(c.value()));
        }
        return values;
    }

    static boolean canonicalInteger(String value) {
        if (value == null || value.length() > 9) {
            return false;
        }
        try {
            return Integer.toString(Integer.parseInt(value)).equals(value);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String pathOf(String itemId) {
        for (int i = 0; i < definition.items().size(); i++) {
            if (itemId.equals(definition.items().get(i).id())) {
                return "$.items[" + i + "]";
            }
        }
        return "$.items";
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private void require(boolean condition, String path, String rule, String message) {
        if (!condition) {
            problems.add(problem(path, rule, message));
        }
    }

    private DefinitionProblem problem(String path, String rule, String message) {
        return new DefinitionProblem(source, path, rule, message);
    }
}
