package org.lanterne.instruments.ui.internal;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.Item;

/**
 * The answers of one form as the scoring engine takes them: yes/no as {@code Boolean}, choices by
 * value, numbers as typed converted to a {@code Number}. Unanswered items are left out. Kept apart
 * from SWT so that it can be tested.
 */
final class AnswerSheet {

    private final InstrumentDefinition definition;
    private final Map<String, Object> answers = new HashMap<>();

    AnswerSheet(InstrumentDefinition definition) {
        this.definition = definition;
    }

    /** @param yes the answer, {@code null} for none */
    void yesNo(String itemId, Boolean yes) {
        put(itemId, yes);
    }

    /** @param value a choice value, {@code null} or empty for none */
    void choice(String itemId, String value) {
        put(itemId, value == null || value.isEmpty() ? null : value);
    }

    /** @param typed the text of a numeric field */
    void numeric(String itemId, String typed) {
        put(itemId, number(typed));
    }

    void clear() {
        answers.clear();
    }

    /** @return the answers in the order of the definition's items */
    Map<String, Object> answers() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (Item item : definition.items()) {
            if (answers.containsKey(item.id())) {
                ordered.put(item.id(), answers.get(item.id()));
            }
        }
        return Collections.unmodifiableMap(ordered);
    }

    /**
     * Reads a number as typed: a decimal comma or the Arabic decimal separator is accepted, and so
     * are Arabic-Indic digits. Whole numbers become an {@code Integer} when they fit.
     *
     * @return {@code null} for blank text; the text itself when it is not a number, so that the
     *         scoring engine reports the item as invalid
     */
    static Object number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        try {
            BigDecimal value = new BigDecimal(text.replace(',', '.').replace('\u066B', '.'));
            BigDecimal whole = value.stripTrailingZeros();
            if (whole.scale() <= 0 && whole.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                    && whole.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0) {
                return whole.intValueExact();
            }
            return value;
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private void put(String itemId, Object value) {
        if (value == null) {
            answers.remove(itemId);
        } else {
            answers.put(itemId, value);
        }
    }
}
