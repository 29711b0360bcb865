package org.lanterne.instruments.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.lanterne.instruments.api.Choice;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.Item;
import org.lanterne.instruments.api.NumericBounds;
import org.lanterne.instruments.ui.InstrumentsWidgetIds;

/**
 * The answer controls of one instrument, generated from its definition, one row per item in the
 * definition's order: yes/no as two radio buttons, ordinal and single-choice items as radio
 * buttons (a combo when there are many choices) with the choice labels, numeric items as a field
 * with their bounds. Every change updates the {@link AnswerSheet} and is reported.
 */
final class AssessmentForm {

    private static final int MAX_RADIO_CHOICES = 5;
    private static final int NUMBER_WIDTH = 80;

    private final Composite composite;
    private final AnswerSheet sheet;
    private final InstrumentsMessages messages;
    private final Locale locale;
    private final Runnable changed;
    private final List<Runnable> resets = new ArrayList<>();

    /**
     * @param changed told after every change of an answer, on the UI thread
     */
    AssessmentForm(Composite parent, InstrumentDefinition definition, InstrumentsMessages messages, Locale locale,
            Runnable changed) {
        this.sheet = new AnswerSheet(definition);
        this.messages = messages;
        this.locale = locale;
        this.changed = changed;
        composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(2, false));
        composite.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        if (definition.licensed()) {
            Widgets.wrapping(composite, messages.assessments_licensed, Widgets.WRAP_WIDTH, 2);
        }
        for (Item item : definition.items()) {
            Widgets.wrapping(composite, InstrumentTexts.label(item.labels(), locale), Widgets.WRAP_WIDTH, 1);
            switch (item.type()) {
                case YES_NO -> yesNo(item);
                case ORDINAL, SINGLE_CHOICE -> {
                    if (item.choices().size() <= MAX_RADIO_CHOICES) {
                        radios(item);
                    } else {
                        combo(item);
                    }
                }
                case NUMERIC -> numeric(item);
            }
        }
    }

    /** @return the answers given so far, in the definition's order */
    Map<String, Object> answers() {
        return sheet.answers();
    }

    /** Empties every answer. */
    void clear() {
        resets.forEach(Runnable::run);
        sheet.clear();
        changed.run();
    }

    void dispose() {
        composite.dispose();
    }

    private void yesNo(Item item) {
        Composite row = answerArea(SWT.HORIZONTAL);
        radio(row, item, InstrumentsWidgetIds.YES, messages.assessments_yes, () -> sheet.yesNo(item.id(), Boolean.TRUE));
        radio(row, item, InstrumentsWidgetIds.NO, messages.assessments_no, () -> sheet.yesNo(item.id(), Boolean.FALSE));
    }

    private void radios(Item item) {
        Composite column = answerArea(SWT.VERTICAL);
        for (Choice choice : item.choices()) {
            radio(column, item, choice.value(), InstrumentTexts.label(choice.labels(), locale),
                    () -> sheet.choice(item.id(), choice.value()));
        }
    }

    private void radio(Composite parent, Item item, String value, String text, Runnable answer) {
        Button button = Widgets.named(new Button(parent, SWT.RADIO), InstrumentsWidgetIds.choice(item.id(), value));
        button.setText(text);
        button.addListener(SWT.Selection, event -> {
            // radio buttons report both the one turned off and the one turned on
            if (button.getSelection()) {
                answer.run();
                changed.run();
            }
        });
        resets.add(() -> button.setSelection(false));
    }

    private void combo(Item item) {
        Combo combo = Widgets.named(new Combo(composite, SWT.READ_ONLY | SWT.DROP_DOWN), InstrumentsWidgetIds.item(item.id()));
        combo.add(messages.assessments_not_answered);
        for (Choice choice : item.choices()) {
            combo.add(InstrumentTexts.label(choice.labels(), locale));
        }
        combo.select(0);
        combo.addListener(SWT.Selection, event -> {
            int index = combo.getSelectionIndex();
            sheet.choice(item.id(), index <= 0 ? null : item.choices().get(index - 1).value());
            changed.run();
        });
        resets.add(() -> combo.select(0));
    }

    private void numeric(Item item) {
        Composite row = answerArea(SWT.HORIZONTAL);
        Text field = Widgets.named(new Text(row, SWT.BORDER | SWT.SINGLE), InstrumentsWidgetIds.item(item.id()));
        field.setLayoutData(new RowData(NUMBER_WIDTH, SWT.DEFAULT));
        new Label(row, SWT.NONE).setText(bounds(item.bounds()));
        field.addListener(SWT.Modify, event -> {
            sheet.numeric(item.id(), field.getText());
            changed.run();
        });
        resets.add(() -> field.setText(""));
    }

    private String bounds(NumericBounds bounds) {
        return InstrumentTexts.format(bounds.integerOnly() ? messages.assessments_bounds_whole : messages.assessments_bounds,
                plain(bounds.min()), plain(bounds.max()));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private Composite answerArea(int direction) {
        Composite area = new Composite(composite, SWT.NONE);
        RowLayout layout = new RowLayout(direction);
        layout.marginLeft = 0;
        layout.marginTop = 0;
        layout.wrap = true;
        area.setLayout(layout);
        area.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return area;
    }
}
