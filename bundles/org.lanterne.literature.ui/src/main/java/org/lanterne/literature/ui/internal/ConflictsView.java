package org.lanterne.literature.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.ScreeningConflict;
import org.lanterne.literature.ui.ScreeningWidgetIds;

/**
 * The conflicts tab: the records on which the reviewers' latest decisions differ, with each
 * reviewer's decision and reason. A conflict ends when a reviewer decides again so that the latest
 * decisions agree: "Screen again" takes the signed-in reviewer to the record to do so.
 */
final class ConflictsView {

    private static final int[] WIDTHS = { 300, 50, 420 };

    private final LiteratureMessages messages;
    private final Label status;
    private final Table conflicts;
    private final Button screenAgain;

    ConflictsView(Composite parent, LiteratureMessages messages, Consumer<String> screenAgain) {
        this.messages = messages;
        Composite content = new Composite(parent, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        status = Controls.line(content, ScreeningWidgetIds.CONFLICTS_STATUS, 1);
        conflicts = Controls.named(new Table(content, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER), ScreeningWidgetIds.CONFLICTS);
        conflicts.setLinesVisible(true);
        conflicts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String[] titles = { messages.library_column_title, messages.library_column_year, messages.screening_column_decisions };
        Controls.columns(conflicts, titles, WIDTHS);
        this.screenAgain = Controls.button(content, messages.screening_screen_again, ScreeningWidgetIds.SCREEN_AGAIN, () -> {
            if (conflicts.getSelectionCount() == 1) {
                screenAgain.accept((String) conflicts.getSelection()[0].getData(ScreeningWidgetIds.RECORD_ID_KEY));
            }
        });
        conflicts.addListener(SWT.Selection, event -> this.screenAgain.setEnabled(conflicts.getSelectionCount() == 1));
        this.screenAgain.setEnabled(false);
    }

    Composite control() {
        return conflicts.getParent();
    }

    /** Lists the conflicts of the review; {@code records} gives their titles and years. */
    void show(List<ScreeningConflict> found, Map<String, LiteratureRecord> records) {
        conflicts.removeAll();
        for (ScreeningConflict conflict : found) {
            TableItem item = new TableItem(conflicts, SWT.NONE);
            LiteratureRecord record = records.get(conflict.recordId());
            item.setText(new String[] { record == null ? conflict.recordId() : record.title(),
                    record == null ? LiteratureTexts.NONE : LiteratureTexts.year(record), ScreeningTexts.conflict(messages, conflict) });
            item.setData(ScreeningWidgetIds.RECORD_ID_KEY, conflict.recordId());
        }
        Controls.say(status, ScreeningTexts.conflicts(messages, found.size()), false);
        screenAgain.setEnabled(false);
    }

    /** Offers "Screen again" to those who decide only. */
    void allow(boolean screens) {
        Controls.show(screenAgain, screens);
        screenAgain.getParent().layout(true, true);
    }
}
