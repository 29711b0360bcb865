package org.lanterne.instruments.ui.internal;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.lanterne.instruments.ui.InstrumentsWidgetIds;

/** Small helpers shared by the Assessments part's views. */
final class Widgets {

    /** Width at which long labels wrap, so that layouts do not grow with the text. */
    static final int WRAP_WIDTH = 300;

    private Widgets() {
    }

    /** Names a control for tests and assistive tools, see {@link InstrumentsWidgetIds}. */
    static <T extends Control> T named(T control, String id) {
        control.setData(InstrumentsWidgetIds.KEY, id);
        return control;
    }

    /** @return a label that wraps at {@code widthHint} and fills its row */
    static Label wrapping(Composite parent, String text, int widthHint, int horizontalSpan) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, horizontalSpan, 1);
        data.widthHint = widthHint;
        label.setLayoutData(data);
        return label;
    }

    /** Makes a label a heading; the font is freed with the label. */
    static void emphasise(Label label, int larger) {
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), label);
        label.setFont(resources.create(FontDescriptor.createFrom(label.getFont()).setStyle(SWT.BOLD).increaseHeight(larger)));
    }

    /** Shows a label's text as a problem (dark red) or as information. */
    static void tone(Label label, boolean problem) {
        label.setData(InstrumentsWidgetIds.ERROR_KEY, Boolean.toString(problem));
        label.setForeground(problem ? label.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
    }

    /** Hides an empty label from its grid layout, so that it leaves no gap. */
    static void showIfAny(Label label, String text) {
        label.setText(text == null ? "" : text);
        boolean any = text != null && !text.isEmpty();
        label.setVisible(any);
        ((GridData) label.getLayoutData()).exclude = !any;
    }
}
