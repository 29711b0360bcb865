package org.lanterne.instruments.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.lanterne.instruments.api.AssessmentChange;
import org.lanterne.instruments.ui.InstrumentsWidgetIds;

/**
 * A line chart of a participant's totals over time, drawn with SWT's GC: no chart library is
 * available from Maven Central as an OSGi bundle that runs on this workbench's target.
 * <p>
 * In a right-to-left workbench SWT mirrors the canvas, so time runs from right to left, the way
 * the rest of the part reads; text stays readable.
 */
final class HistoryChart {

    private static final int HEIGHT = 130;
    private static final int MARGIN = 10;
    private static final int DOT = 6;

    private final Canvas canvas;
    private final List<LocalDate> days = new ArrayList<>();
    private final List<Integer> totals = new ArrayList<>();
    private Locale locale = Locale.getDefault();

    HistoryChart(Composite parent) {
        canvas = Widgets.named(new Canvas(parent, SWT.BORDER | SWT.DOUBLE_BUFFERED), InstrumentsWidgetIds.CHART);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = HEIGHT;
        canvas.setLayoutData(data);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        canvas.addPaintListener(event -> paint(event.gc));
    }

    /** Shows the assessments that have a total, in the history's order (by date). */
    void show(List<AssessmentChange> history, Locale shownIn) {
        locale = shownIn;
        days.clear();
        totals.clear();
        for (AssessmentChange change : history) {
            Integer total = change.assessment().total();
            if (total != null) {
                days.add(change.assessment().assessedOn());
                totals.add(total);
            }
        }
        canvas.redraw();
    }

    private void paint(GC gc) {
        if (totals.isEmpty()) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        Point digits = gc.textExtent("-00");
        String firstDate = InstrumentTexts.date(days.get(0), locale);
        Point dateSize = gc.textExtent(firstDate);
        int left = MARGIN + digits.x + MARGIN;
        int right = MARGIN + dateSize.x / 2;
        int top = MARGIN + digits.y / 2;
        int bottom = MARGIN + dateSize.y + MARGIN;
        ChartScale scale = ChartScale.of(days, totals, left, top, Math.max(1, area.width - left - right),
                Math.max(1, area.height - top - bottom));

        gc.setAntialias(SWT.ON);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        for (int tick : scale.ticks()) {
            int y = scale.y(tick);
            gc.drawLine(left, y, left + scale.width(), y);
            String label = Integer.toString(tick);
            gc.drawString(label, left - MARGIN - gc.textExtent(label).x, y - digits.y / 2, true);
        }
        int dateTop = top + scale.height() + MARGIN;
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawString(firstDate, Math.max(0, scale.x(days.get(0)) - dateSize.x / 2), dateTop, true);
        if (days.size() > 1) {
            String lastDate = InstrumentTexts.date(days.get(days.size() - 1), locale);
            gc.drawString(lastDate, scale.x(days.get(days.size() - 1)) - gc.textExtent(lastDate).x / 2, dateTop, true);
        }

        int[] line = new int[totals.size() * 2];
        for (int i = 0; i < totals.size(); i++) {
            line[2 * i] = scale.x(days.get(i));
            line[2 * i + 1] = scale.y(totals.get(i));
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
        gc.setLineWidth(2);
        gc.drawPolyline(line);
        for (int i = 0; i < line.length; i += 2) {
            gc.fillOval(line[i] - DOT / 2, line[i + 1] - DOT / 2, DOT, DOT);
        }
    }
}
