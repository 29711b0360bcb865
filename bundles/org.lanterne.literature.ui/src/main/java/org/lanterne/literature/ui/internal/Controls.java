package org.lanterne.literature.ui.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.lanterne.literature.ui.LiteratureWidgetIds;

/** Small helpers shared by the Library and Screening parts and their windows. */
final class Controls {

    /** Behind highlighted hits: a pale yellow that keeps black text readable. */
    static final RGB HIGHLIGHT = new RGB(255, 236, 140);

    private Controls() {
    }

    /** Names a control for tests and assistive tools, see {@link LiteratureWidgetIds}. */
    static <T extends Control> T named(T control, String id) {
        control.setData(LiteratureWidgetIds.KEY, id);
        return control;
    }

    /** @return a push button that runs {@code action} when pressed */
    static Button button(Composite parent, String text, String id, Runnable action) {
        Button button = named(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    /** Gives a table its header and columns, with these titles and widths in pixels. */
    static void columns(Table table, String[] titles, int[] widths) {
        table.setHeaderVisible(true);
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(titles[i]);
            column.setWidth(widths[i]);
        }
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

    /**
     * Runs an action on the UI thread soon, unless the control is (or by then has been) disposed:
     * services, sessions and the part's thread call in from any thread.
     */
    static void later(UISynchronize sync, Control control, Runnable action) {
        if (control != null && !control.isDisposed()) {
            sync.asyncExec(() -> {
                if (!control.isDisposed()) {
                    action.run();
                }
            });
        }
    }

    /** @return the thread of a part on which it calls the library, so that the UI thread never waits for it */
    static ExecutorService worker(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** @return the highlight colour; device-less, so nothing to dispose */
    static Color highlight() {
        return new Color(HIGHLIGHT);
    }
}
