package org.lanterne.instruments.ui.internal;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.lanterne.instruments.api.Band;
import org.lanterne.instruments.api.BandProfile;
import org.lanterne.instruments.api.Choice;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.InstrumentKind;
import org.lanterne.instruments.api.Item;
import org.lanterne.instruments.api.ItemType;
import org.lanterne.instruments.api.MissingMode;
import org.lanterne.instruments.api.MissingPolicy;
import org.lanterne.instruments.api.NumericBounds;
import org.lanterne.instruments.api.ScoreResult;
import org.lanterne.instruments.api.ScoringEngine;
import org.lanterne.instruments.api.Total;
import org.lanterne.instruments.api.ValidationError;
import org.lanterne.instruments.api.ValidationError.Code;

/** Definitions, a stand-in scoring engine and the English texts for the unit tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Map<String, String> labels(String en, String fr, String ar) {
        return Map.of("en", en, "fr", fr, "ar", ar);
    }

    /** Three items: yes/no (2 points for yes), an ordinal 0-2 and a count 0-168; bands low 0-2, high 3-5. */
    static InstrumentDefinition checklist(MissingMode mode) {
        List<Item> items = List.of(
                new Item("urges", ItemType.YES_NO, labels("Urges", "Envies", "رغبات"), null, null, null),
                new Item("distress", ItemType.ORDINAL, labels("Distress", "Détresse", "الضيق"), List.of(
                        new Choice("0", labels("None", "Aucune", "لا يوجد")),
                        new Choice("1", labels("Some", "Un peu", "بعض الشيء")),
                        new Choice("2", labels("A lot", "Beaucoup", "كثيرًا"))), null, null),
                new Item("hours", ItemType.NUMERIC, labels("Hours", "Heures", "ساعات"), null,
                        new NumericBounds(BigDecimal.ZERO, BigDecimal.valueOf(168), true), null));
        BandProfile profile = new BandProfile("levels", labels("Levels", "Niveaux", "المستويات"), "total", List.of(
                new Band("low", 0, 2, labels("Low", "Bas", "منخفض")),
                new Band("high", 3, 5, labels("High", "Élevé", "مرتفع"))));
        return new InstrumentDefinition("worry-checklist", "1.0", List.of("en", "fr", "ar"),
                labels("Worry checklist", "Liste d'inquiétudes", "قائمة المخاوف"), "Fictional", "EPL-2.0", false, "Example",
                InstrumentKind.CHECKLIST, items, new MissingPolicy(mode, -1),
                List.of(new Total("total", labels("Total", "Total", "المجموع"), List.of(), false)), List.of(profile), "levels", null);
    }

    /** Two factors and a final judgement low / high. */
    static InstrumentDefinition judgement() {
        List<Choice> ratings = List.of(new Choice("present", labels("Present", "Présent", "موجود")),
                new Choice("absent", labels("Absent", "Absent", "غير موجود")));
        List<Item> items = List.of(
                new Item("impulsivity", ItemType.SINGLE_CHOICE, labels("Impulsivity", "Impulsivité", "الاندفاع"), ratings, null, null),
                new Item("isolation", ItemType.SINGLE_CHOICE, labels("Isolation", "Isolement", "العزلة"), ratings, null, null),
                new Item("judgement", ItemType.SINGLE_CHOICE, labels("Judgement", "Jugement", "الحكم"), List.of(
                        new Choice("low", labels("Low", "Faible", "منخفض")),
                        new Choice("high", labels("High", "Élevé", "مرتفع"))), null, null));
        return new InstrumentDefinition("spj-example", "1.0", List.of("en", "fr", "ar"), labels("SPJ", "SPJ", "حكم"),
                "Fictional", "EPL-2.0", true, "Example", InstrumentKind.SPJ, items, new MissingPolicy(MissingMode.REFUSE, -1),
                List.of(), List.of(), null, "judgement");
    }

    /**
     * Scores like the real engine in the ways the part relies on: one point per answered item of a
     * checklist, unanswered items refused or counted as zero according to the definition, an
     * answer "bad" not allowed, the band from the default profile, the judgement of an SPJ.
     */
    static final ScoringEngine ENGINE = new ScoringEngine() {
        @Override
        public ScoreResult score(InstrumentDefinition definition, Map<String, Object> answers, String bandProfile) {
            List<String> missing = definition.items().stream().map(Item::id).filter(id -> answers.get(id) == null).toList();
            List<ValidationError> errors = new ArrayList<>();
            answers.forEach((id, value) -> {
                if ("bad".equals(value)) {
                    errors.add(new ValidationError(Code.VALUE_NOT_ALLOWED, id, "not allowed"));
                }
            });
            if (definition.missing().mode() == MissingMode.REFUSE) {
                missing.forEach(id -> errors.add(new ValidationError(Code.MISSING_ITEM, id, "missing")));
            }
            if (!errors.isEmpty()) {
                return new ScoreResult(definition.id(), definition.version(), null, null, null, null, null, missing, "", errors);
            }
            if (definition.kind() == InstrumentKind.SPJ) {
                return new ScoreResult(definition.id(), definition.version(), null, null, null, null,
                        (String) answers.get(definition.judgementItem()), missing, "", null);
            }
            int total = (int) answers.values().stream().filter(value -> value != null).count();
            Map<String, Integer> totals = new LinkedHashMap<>();
            totals.put("total", total);
            Band band = definition.bandProfiles().get(0).bands().stream().filter(b -> b.contains(total)).findFirst().orElse(null);
            return new ScoreResult(definition.id(), definition.version(), totals, null, definition.defaultBandProfile(), band,
                    null, missing, "", null);
        }

        @Override
        public void check(InstrumentDefinition definition, String source) {
        }
    };

    /** @return the part's texts, in English, as the platform would inject them */
    static InstrumentsMessages english() throws Exception {
        Properties english = new Properties();
        try (InputStream in = Fixtures.class.getResourceAsStream("/OSGI-INF/l10n/bundle.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        InstrumentsMessages messages = new InstrumentsMessages();
        for (Field field : InstrumentsMessages.class.getFields()) {
            field.set(messages, english.getProperty(field.getName()));
        }
        return messages;
    }
}
