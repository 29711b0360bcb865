package org.lanterne.instruments.ui.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.ui.InstrumentsWidgetIds;

/** The live score of the form: total, band or judgement, subscales, unanswered items and problems. */
final class ScoreView {

    private final InstrumentsMessages messages;
    private final Label total;
    private final Label band;
    private final Label details;
    private final Label missing;
    private final Label errors;

    ScoreView(Composite parent, InstrumentsMessages messages) {
        this.messages = messages;
        Group group = new Group(parent, SWT.NONE);
        group.setText(messages.assessments_score);
        group.setLayout(new GridLayout(1, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        total = Widgets.named(Widgets.wrapping(group, messages.assessments_total_none, Widgets.WRAP_WIDTH, 1), InstrumentsWidgetIds.TOTAL);
        Widgets.emphasise(total, 2);
        band = Widgets.named(Widgets.wrapping(group, "", Widgets.WRAP_WIDTH, 1), InstrumentsWidgetIds.BAND);
        Widgets.emphasise(band, 0);
        details = Widgets.wrapping(group, "", Widgets.WRAP_WIDTH, 1);
        missing = Widgets.named(Widgets.wrapping(group, "", Widgets.WRAP_WIDTH, 1), InstrumentsWidgetIds.MISSING);
        errors = Widgets.named(Widgets.wrapping(group, "", Widgets.WRAP_WIDTH, 1), InstrumentsWidgetIds.ERRORS);
        Widgets.tone(errors, true);
        clear();
    }

    void show(LiveScore score, InstrumentDefinition definition, Locale locale) {
        total.setText(InstrumentTexts.total(messages, score));
        Widgets.showIfAny(band, InstrumentTexts.band(messages, definition, score.result(), locale));
        Widgets.showIfAny(details, String.join("\n", InstrumentTexts.details(messages, definition, score.result(), locale)));
        Widgets.showIfAny(missing, InstrumentTexts.missing(messages, definition, score.result(), locale));
        Widgets.showIfAny(errors, InstrumentTexts.errors(messages, definition, score.result(), locale));
    }

    void clear() {
        total.setText(messages.assessments_total_none);
        for (Label label : new Label[] { band, details, missing, errors }) {
            Widgets.showIfAny(label, "");
        }
    }
}
