package org.lanterne.notes.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.lanterne.notes.ui.NotesWidgetIds;

/** Small helpers shared by the Caseload part's tabs. */
final class Widgets {

    private static final int TABLE_HEIGHT = 120;

    private Widgets() {
    }

    /** Names a control for tests and assistive tools, see {@link NotesWidgetIds}. */
    static <T extends Control> T named(T control, String id) {
        control.setData(NotesWidgetIds.KEY, id);
        return control;
    }

    /** @return a push button that runs {@code action} when pressed */
    static Button button(Composite parent, String text, String id, Runnable action) {
        Button button = named(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    /** @return a label before a control of a two-column grid */
    static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.LEAD, SWT.CENTER, false, false));
        return label;
    }

    /** @return a one-line text field filling its grid cell */
    static Text field(Composite parent, String id, String hint) {
        Text field = named(new Text(parent, SWT.BORDER | SWT.SINGLE), id);
        field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        if (hint != null) {
            field.setMessage(hint);
        }
        return field;
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
        show(label, text != null && !text.isEmpty());
        label.getParent().layout(true, true);
    }

    /** Shows or hides a control in a grid layout, leaving no gap. */
    static void show(Control control, boolean shown) {
        control.setVisible(shown);
        if (control.getLayoutData() instanceof GridData data) {
            data.exclude = !shown;
        }
    }

    /** @return a read-only table with a heading per column, filling the width of its grid row */
    static Table table(Composite parent, String id, int horizontalSpan, String... headings) {
        Table table = named(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String heading : headings) {
            new TableColumn(table, SWT.LEAD).setText(heading);
        }
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, horizontalSpan, 1);
        data.heightHint = TABLE_HEIGHT;
        table.setLayoutData(data);
        return table;
    }

    /**
     * Replaces the rows of a table and fits its columns to them.
     *
     * @param ids what each row shows, kept with the row under {@link NotesWidgetIds#ROW_KEY}
     */
    static void fill(Table table, List<String[]> rows, List<String> ids) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (int i = 0; i < rows.size(); i++) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(rows.get(i));
                item.setData(NotesWidgetIds.ROW_KEY, ids.get(i));
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
        } finally {
            table.setRedraw(true);
        }
    }

    /** @return the id of the selected row, or {@code null} */
    static String selectedId(Table table) {
        return table.getSelectionCount() == 1 ? (String) table.getSelection()[0].getData(NotesWidgetIds.ROW_KEY) : null;
    }

    /** Selects the row showing {@code id}, if any; answers whether one was. */
    static boolean select(Table table, String id) {
        for (TableItem item : table.getItems()) {
            if (item.getData(NotesWidgetIds.ROW_KEY).equals(id)) {
                table.setSelection(item);
                return true;
            }
        }
        table.deselectAll();
        return false;
    }

    /** Scrolls the tab holding a control so that the control is seen. */
    static void scrollTo(Control control) {
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrolledComposite scrolled) {
                scrolled.showControl(control);
                return;
            }
        }
    }

    /** @return a heading label spanning its grid row */
    static Label heading(Composite parent, String text, int horizontalSpan) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, horizontalSpan, 1));
        return label;
    }
}
