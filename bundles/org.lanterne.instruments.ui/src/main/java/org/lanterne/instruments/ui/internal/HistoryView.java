package org.lanterne.instruments.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.lanterne.instruments.api.AssessmentChange;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.ui.InstrumentsWidgetIds;

/** A participant's assessments of one instrument: a table (date, rater, total, change, band) and a chart of the totals. */
final class HistoryView {

    private static final int VISIBLE_ROWS = 3;
    private static final int ROW_PADDING = 10;

    private final InstrumentsMessages messages;
    private final Label prompt;
    private final Table table;
    private final HistoryChart chart;

    HistoryView(Composite parent, InstrumentsMessages messages) {
        this.messages = messages;
        Group group = new Group(parent, SWT.NONE);
        group.setText(messages.assessments_history);
        group.setLayout(new GridLayout(1, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        prompt = Widgets.wrapping(group, messages.assessments_history_prompt, Widgets.WRAP_WIDTH, 1);

        table = Widgets.named(new Table(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), InstrumentsWidgetIds.HISTORY);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.TOP, true, false);
        tableData.heightHint = (VISIBLE_ROWS + 1) * rowHeight(table);
        table.setLayoutData(tableData);
        for (String column : new String[] { messages.assessments_column_date, messages.assessments_column_rater,
                messages.assessments_column_total, messages.assessments_column_change, messages.assessments_column_band }) {
            TableColumn tableColumn = new TableColumn(table, SWT.NONE);
            tableColumn.setText(column);
            tableColumn.pack();
        }
        chart = new HistoryChart(group);
    }

    // An empty table on GTK reports rows and header smaller than they are drawn: measure the font instead.
    private static int rowHeight(Table table) {
        GC gc = new GC(table);
        try {
            return Math.max(table.getItemHeight(), gc.getFontMetrics().getHeight() + ROW_PADDING);
        } finally {
            gc.dispose();
        }
    }

    /** Empties the history and says why. */
    void prompt(String text) {
        Widgets.showIfAny(prompt, text);
        table.removeAll();
        chart.show(List.of(), Locale.getDefault());
    }

    /**
     * @param history    the participant's assessments of the instrument, by date
     * @param definition the instrument, to name SPJ judgements
     */
    void show(List<AssessmentChange> history, InstrumentDefinition definition, Locale locale) {
        Widgets.showIfAny(prompt, history.isEmpty() ? messages.assessments_history_empty : "");
        table.removeAll();
        for (AssessmentChange change : history) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(change.assessment().id());
            item.setText(InstrumentTexts.historyRow(change, definition, locale));
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        chart.show(history, locale);
    }
}
