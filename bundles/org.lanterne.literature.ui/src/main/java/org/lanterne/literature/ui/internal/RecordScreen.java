package org.lanterne.literature.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.lanterne.literature.api.Decision;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.ReviewNote;
import org.lanterne.literature.ui.ScreeningWidgetIds;

/**
 * The screening tab: the records of the review with the reviewer's own decision, and the selected
 * record with its abstract, the decision buttons (keys 1, 2, 3 in the list), the reason to exclude,
 * its tags and the reviewer's notes.
 */
final class RecordScreen {

    /** What the tab's buttons ask of the part. */
    interface Actions {
        void selected(int index);

        void decide(Decision decision, String typedReason);

        void tag(String tag);

        void untag(String tag);

        void note(String text);
    }

    private static final int[] WIDTHS = { 260, 50, 170 };
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private final LiteratureMessages messages;
    private final Table records;
    private final StyledText details;
    private final Combo reason;
    private final List<Button> deciding;
    private final org.eclipse.swt.widgets.List tags;
    private final Text tag;
    private final org.eclipse.swt.widgets.List notes;
    private final Text note;
    private final List<Button> editing;

    RecordScreen(Composite parent, LiteratureMessages messages, Actions actions) {
        this.messages = messages;
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        records = Controls.named(new Table(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER), ScreeningWidgetIds.RECORDS);
        records.setLinesVisible(true);
        String[] titles = { messages.library_column_title, messages.library_column_year, messages.screening_column_mine };
        Controls.columns(records, titles, WIDTHS);
        records.addListener(SWT.Selection, event -> actions.selected(records.getSelectionIndex()));
        // keys that read the same in every language: 1 include, 2 exclude, 3 maybe
        records.addListener(SWT.KeyDown, event -> {
            switch (event.character) {
                case '1' -> actions.decide(Decision.INCLUDE, reason());
                case '2' -> actions.decide(Decision.EXCLUDE, reason());
                case '3' -> actions.decide(Decision.MAYBE, reason());
                default -> {
                    return;
                }
            }
            event.doit = false;
        });

        Composite record = new Composite(sash, SWT.NONE);
        record.setLayout(new GridLayout(1, false));
        details = Controls.named(new StyledText(record, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER), ScreeningWidgetIds.DETAILS);
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        details.setMargins(6, 6, 6, 6);

        Composite decide = new Composite(record, SWT.NONE);
        decide.setLayout(new GridLayout(4, false));
        decide.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Button include = Controls.button(decide, messages.screening_include, ScreeningWidgetIds.INCLUDE, () -> actions.decide(Decision.INCLUDE, reason()));
        Button maybe = Controls.button(decide, messages.screening_maybe, ScreeningWidgetIds.MAYBE, () -> actions.decide(Decision.MAYBE, reason()));
        Button exclude = Controls.button(decide, messages.screening_exclude, ScreeningWidgetIds.EXCLUDE, () -> actions.decide(Decision.EXCLUDE, reason()));
        reason = Controls.named(new Combo(decide, SWT.DROP_DOWN), ScreeningWidgetIds.REASON);
        reason.setItems(ScreeningTexts.reasons(messages).toArray(String[]::new));
        reason.setText("");
        reason.setToolTipText(messages.screening_reason_hint);
        reason.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        deciding = List.of(include, maybe, exclude);

        // one row: the tags, a tag to add, add, remove; the record's text keeps the height
        Composite tagging = new Composite(record, SWT.NONE);
        tagging.setLayout(new GridLayout(5, false));
        tagging.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(tagging, SWT.NONE).setText(messages.screening_tags);
        tags = Controls.named(new org.eclipse.swt.widgets.List(tagging, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL), ScreeningWidgetIds.TAGS);
        GridData tagsData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        tagsData.heightHint = 36;
        tags.setLayoutData(tagsData);
        tag = Controls.named(new Text(tagging, SWT.BORDER), ScreeningWidgetIds.TAG);
        tag.setMessage(messages.screening_tag_hint);
        tag.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button addTag = Controls.button(tagging, messages.screening_add_tag, ScreeningWidgetIds.ADD_TAG, () -> actions.tag(tag.getText()));
        Button removeTag = Controls.button(tagging, messages.screening_remove_tag, ScreeningWidgetIds.REMOVE_TAG, () -> {
            if (tags.getSelectionCount() == 1) {
                actions.untag(tags.getSelection()[0]);
            }
        });

        Label notesHeading = new Label(record, SWT.NONE);
        notesHeading.setText(messages.screening_notes);
        notes = Controls.named(new org.eclipse.swt.widgets.List(record, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL), ScreeningWidgetIds.NOTES);
        GridData notesData = new GridData(SWT.FILL, SWT.FILL, true, false);
        notesData.heightHint = 40;
        notes.setLayoutData(notesData);
        Composite writing = new Composite(record, SWT.NONE);
        writing.setLayout(new GridLayout(2, false));
        writing.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        note = Controls.named(new Text(writing, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), ScreeningWidgetIds.NOTE);
        note.setMessage(messages.screening_note_hint);
        GridData noteData = new GridData(SWT.FILL, SWT.FILL, true, false);
        noteData.heightHint = 32;
        note.setLayoutData(noteData);
        Button addNote = Controls.button(writing, messages.screening_add_note, ScreeningWidgetIds.ADD_NOTE, () -> actions.note(note.getText()));
        editing = List.of(addTag, removeTag, addNote);
        sash.setWeights(4, 6);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        show(null, Optional.empty());
    }

    /** Lists the records of the review with the reviewer's decisions; keeps the selection at {@code selected}. */
    void list(ReviewQueue queue, int selected) {
        records.removeAll();
        for (ReviewQueue.Row row : queue.rows()) {
            TableItem item = new TableItem(records, SWT.NONE);
            item.setText(new String[] { row.record().title(), LiteratureTexts.year(row.record()), ScreeningTexts.mine(messages, row.mine()) });
            item.setData(ScreeningWidgetIds.RECORD_ID_KEY, row.record().id());
        }
        if (selected >= 0 && selected < queue.size()) {
            records.setSelection(selected);
            records.showSelection();
        }
    }

    /** Shows the decision of one row again, after the reviewer decided. */
    void update(ReviewQueue queue, int index) {
        records.getItem(index).setText(2, ScreeningTexts.mine(messages, queue.rows().get(index).mine()));
    }

    void select(int index) {
        records.setSelection(index);
        records.showSelection();
        records.setFocus();
    }

    /** Shows a record with what it says in place of an abstract, or the invitation to select one. */
    void show(LiteratureRecord record, Optional<String> excerpt) {
        if (record == null) {
            details.setText(messages.screening_select);
            details.setStyleRanges(new StyleRange[0]);
            tags.removeAll();
            notes.removeAll();
        } else {
            StringBuilder text = new StringBuilder(record.title()).append("\n\n");
            text.append(LiteratureTexts.format(messages.library_preview_authors, LiteratureTexts.authors(record))).append('\n');
            text.append(LiteratureTexts.format(messages.library_preview_year, LiteratureTexts.year(record))).append("\n\n");
            text.append(excerpt.map(words -> words.isEmpty() ? messages.screening_no_abstract : words).orElse(messages.screening_loading));
            details.setText(text.toString());
            StyleRange title = new StyleRange(0, record.title().length(), null, null, SWT.BOLD);
            details.setStyleRanges(new StyleRange[] { title });
            tags.setItems(record.tags().stream().sorted().toArray(String[]::new));
        }
        details.setTopPixel(0);
        boolean shown = record != null;
        deciding.forEach(button -> button.setEnabled(shown && button.getVisible()));
        editing.forEach(button -> button.setEnabled(shown && button.getVisible()));
    }

    /** Lists the reviewer's own notes about the record shown, oldest first. */
    void notes(List<ReviewNote> own) {
        notes.setItems(own.stream().map(written -> WRITTEN.format(written.written()) + " — " + written.text().replace('\n', ' '))
                .toArray(String[]::new));
    }

    /** Empties the boxes whose words were taken, once the library kept them. */
    void noteKept() {
        note.setText("");
    }

    void tagKept() {
        tag.setText("");
    }

    void decisionKept() {
        reason.setText("");
    }

    /** Offers deciding and tagging to those who may update the library, notes to those who may add to it. */
    void allow(boolean screens, boolean writesNotes) {
        deciding.forEach(button -> Controls.show(button, screens));
        Controls.show(reason, screens);
        editing.get(0).setVisible(screens);
        editing.get(1).setVisible(screens);
        tag.setVisible(screens);
        editing.get(2).setVisible(writesNotes);
        note.setVisible(writesNotes);
        reason.getParent().layout(true, true);
    }

    List<String> reasonsShown() {
        return List.of(reason.getItems());
    }

    private String reason() {
        return reason.getText();
    }
}
