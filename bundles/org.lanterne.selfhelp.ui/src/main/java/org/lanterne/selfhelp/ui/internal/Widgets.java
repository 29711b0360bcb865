package org.lanterne.selfhelp.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.lanterne.selfhelp.ui.SelfHelpWidgetIds;

/** Small helpers of the Self-help programmes part. */
final class Widgets {

    private Widgets() {
    }

    /** Names a control for tests and assistive tools, see {@link SelfHelpWidgetIds}. */
    static <T extends Control> T named(T control, String id) {
        control.setData(SelfHelpWidgetIds.KEY, id);
        return control;
    }

    /** @return a push button that runs {@code action} when pressed */
    static Button button(Composite parent, String text, String id, Runnable action) {
        Button button = named(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    /** @return a label that wraps and fills the width of its grid row, hidden while empty */
    static Label line(Composite parent, String id, int horizontalSpan) {
        Label label = named(new Label(parent, SWT.WRAP), id);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, horizontalSpan, 1));
        say(label, "", false);
        return label;
    }

    /** Shows a text as a problem (dark red) or as information; an empty label leaves no gap. */
    static void say(Label label, String text, boolean problem) {
        label.setText(text == null ? "" : text);
        label.setForeground(problem ? label.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        boolean any = text != null && !text.isEmpty();
        label.setVisible(any);
        ((GridData) label.getLayoutData()).exclude = !any;
        label.getParent().layout(true, true);
    }

    /** Shows or hides a control in a grid layout, leaving no gap. */
    static void show(Control control, boolean shown) {
        control.setVisible(shown);
        if (control.getLayoutData() instanceof GridData data) {
            data.exclude = !shown;
        }
    }

    /** @return a read-only table with a heading per column; counts (every column after the first) lined up at the end */
    static Table table(Composite parent, String id, String... headings) {
        Table table = named(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < headings.length; i++) {
            TableColumn column = new TableColumn(table, i == 0 ? SWT.LEAD : SWT.TRAIL);
            column.setText(headings[i]);
        }
        return table;
    }

    /** Replaces the rows of a table and fits its columns to them. */
    static void fill(Table table, List<String[]> rows) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (String[] row : rows) {
                new TableItem(table, SWT.NONE).setText(row);
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
        } finally {
            table.setRedraw(true);
        }
    }

    /** @return a bold-free heading label over a table */
    static Label heading(Composite parent, String text, int horizontalSpan) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, horizontalSpan, 1));
        return label;
    }
}
