package org.lanterne.notes.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.lanterne.notes.api.CaseFile;
import org.lanterne.notes.api.Timeline;
import org.lanterne.notes.api.TimelineEntry;
import org.lanterne.notes.ui.NotesWidgetIds;

/** A client's sessions, assessments and flags on one timeline, by day, with the attendance rate. */
final class TimelineTab {

    private final Workspace workspace;
    private final NotesMessages messages;
    private final Composite content;
    private final Label heading;
    private final Label rate;
    private final Table entries;
    private CaseFile file;

    TimelineTab(Composite parent, Workspace workspace) {
        this.workspace = workspace;
        this.messages = workspace.messages;
        content = new Composite(parent, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        heading = Widgets.named(Widgets.heading(content, messages.notes_choose_case, 1), NotesWidgetIds.TIMELINE_CASE);
        rate = Widgets.line(content, NotesWidgetIds.ATTENDANCE_RATE, 1);
        entries = Widgets.table(content, NotesWidgetIds.TIMELINE, 1, messages.column_date, messages.column_event, messages.column_detail);
        ((GridData) entries.getLayoutData()).grabExcessVerticalSpace = true;
    }

    Composite control() {
        return content;
    }

    /** Shows the timeline of a case, or nothing for {@code null}. */
    void show(CaseFile chosen) {
        file = chosen;
        reload();
    }

    /** Reads the timeline again: sessions and flags change while the part is open. */
    void reload() {
        heading.setText(file == null ? messages.notes_choose_case : NotesTexts.format(messages.timeline_of, NotesTexts.client(file)));
        List<TimelineEntry> read = List.of();
        if (file == null) {
            Widgets.say(rate, "", false);
        } else {
            String caseId = file.id();
            Timeline timeline = workspace.call(rate, () -> workspace.caseload.timeline(workspace.session, caseId)).orElse(null);
            if (timeline != null) {
                read = timeline.entries();
                Widgets.say(rate, NotesTexts.rate(messages, timeline.attendanceRate()), false);
            }
        }
        Widgets.fill(entries, read.stream().map(entry -> NotesTexts.timelineRow(messages, entry, workspace.locale)).toList(),
                read.stream().map(TimelineEntry::ref).toList());
        workspace.relayout();
    }
}
