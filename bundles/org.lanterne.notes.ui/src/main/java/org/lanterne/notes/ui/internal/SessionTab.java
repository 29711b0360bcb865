package org.lanterne.notes.ui.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.lanterne.notes.api.AmendmentDraft;
import org.lanterne.notes.api.Attendance;
import org.lanterne.notes.api.CaseFile;
import org.lanterne.notes.api.Modality;
import org.lanterne.notes.api.Note;
import org.lanterne.notes.api.NoteTemplate;
import org.lanterne.notes.api.RiskFlagKind;
import org.lanterne.notes.api.SessionDetails;
import org.lanterne.notes.api.SessionRecord;
import org.lanterne.notes.ui.NotesWidgetIds;

/**
 * The sessions of the chosen client and the session editor: what was recorded of a session, and
 * its note written from a template, section by section, with each section's heading and prompt in
 * the user's language. The draft is saved while it is typed ({@link Autosave}); its author signs it,
 * after which it is read-only and corrected by amendments that give their reason, listed with the
 * signed text; an amendment is saved as it is typed too, and reopens with its session until it is
 * stored. A risk flag is raised on the client from here, while the session is fresh, and letters and
 * reports are attached to the session ({@link AttachmentsView}).
 */
final class SessionTab {

    /** How long after the last keystroke the draft is saved. */
    static final int AUTOSAVE_MILLIS = 1500;
    private static final int DEFAULT_MINUTES = 50;
    private static final int MAX_MINUTES = 600;
    private static final int SECTION_HEIGHT = 56;
    private static final int SESSIONS_WIDTH = 420;
    // wrapping texts get this width at least, so that long prompts wrap instead of widening the tab
    private static final int WRAP_WIDTH = 360;
    private static final String DEFAULT_TEMPLATE = "session-note";

    private final Workspace workspace;
    private final NotesMessages messages;
    private final Autosave autosave;
    private final Composite content;
    private final Label heading;
    private final Table sessions;
    private final Button newSession;
    private final DateTime date;
    private final DateTime start;
    private final Spinner minutes;
    private final Combo modality;
    private final Combo attendance;
    private final Text attendees;
    private final Text goals;
    private final Button saveSession;
    private final Label sessionMessage;
    private final AttachmentsView attachments;
    private final Group noteGroup;
    private final Combo template;
    private final Composite sectionsArea;
    private final Label draftStatus;
    private final Button sign;
    private final Button amend;
    private final Composite reasonRow;
    private final Text reason;
    private final Combo flagKind;
    private final Button raiseFlag;
    private final Table history;
    private final Text versionText;
    private final Map<String, Text> sectionTexts = new LinkedHashMap<>();

    private CaseFile file;
    private List<SessionRecord> recorded = List.of();
    private SessionRecord session;
    private Note note;
    private List<NoteTemplate> offered = List.of();
    private NoteTemplate shownTemplate;
    private boolean amending;
    // set while the editor fills the sections itself, so that only typing counts as a change
    private boolean filling;

    SessionTab(Composite parent, Workspace workspace) {
        this.workspace = workspace;
        this.messages = workspace.messages;
        content = new Composite(parent, SWT.NONE);
        Composite owner = content;
        this.autosave = new Autosave((millis, action) -> workspace.display.timerExec(millis, () -> {
            if (!owner.isDisposed()) {
                action.run();
            }
        }), AUTOSAVE_MILLIS, this::saveTyped);
        // the sessions and what is recorded of them beside the note, so that the note is seen without scrolling
        content.setLayout(new GridLayout(2, false));
        Composite left = new Composite(content, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        GridData leftData = new GridData(SWT.FILL, SWT.TOP, false, false);
        leftData.widthHint = SESSIONS_WIDTH;
        left.setLayoutData(leftData);
        Composite right = new Composite(content, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        right.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        heading = Widgets.heading(left, messages.notes_choose_case, 1);
        sessions = Widgets.table(left, NotesWidgetIds.SESSIONS, 1, messages.column_date, messages.column_time,
                messages.column_minutes, messages.column_modality, messages.column_attendance);
        sessions.addListener(SWT.Selection, event -> chooseSession());
        newSession = Widgets.button(left, messages.session_new, NotesWidgetIds.NEW_SESSION, this::newSession);

        Group details = new Group(left, SWT.NONE);
        details.setText(messages.session_details);
        details.setLayout(new GridLayout(2, false));
        details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Widgets.label(details, messages.session_date);
        date = Widgets.named(new DateTime(details, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN), NotesWidgetIds.DATE);
        Widgets.label(details, messages.session_start);
        start = Widgets.named(new DateTime(details, SWT.TIME | SWT.SHORT), NotesWidgetIds.START);
        Widgets.label(details, messages.session_minutes);
        minutes = Widgets.named(new Spinner(details, SWT.BORDER), NotesWidgetIds.MINUTES);
        minutes.setValues(DEFAULT_MINUTES, 1, MAX_MINUTES, 0, 5, 30);
        Widgets.label(details, messages.session_modality);
        modality = Widgets.named(new Combo(details, SWT.READ_ONLY | SWT.DROP_DOWN), NotesWidgetIds.MODALITY);
        for (Modality each : Modality.values()) {
            modality.add(NotesTexts.modality(messages, each));
        }
        Widgets.label(details, messages.session_attendance);
        attendance = Widgets.named(new Combo(details, SWT.READ_ONLY | SWT.DROP_DOWN), NotesWidgetIds.ATTENDANCE);
        for (Attendance each : Attendance.values()) {
            attendance.add(NotesTexts.attendance(messages, each));
        }
        Widgets.label(details, messages.session_attendees);
        attendees = Widgets.field(details, NotesWidgetIds.ATTENDEES, messages.session_attendees_hint);
        Label goalsLabel = Widgets.label(details, messages.session_goals);
        goalsLabel.setLayoutData(new GridData(SWT.LEAD, SWT.TOP, false, false));
        goals = Widgets.named(new Text(details, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL), NotesWidgetIds.GOALS);
        GridData goalsData = new GridData(SWT.FILL, SWT.TOP, true, false);
        goalsData.heightHint = 40;
        goals.setLayoutData(goalsData);
        saveSession = Widgets.button(details, messages.session_save, NotesWidgetIds.SAVE_SESSION, this::saveSession);
        sessionMessage = Widgets.line(left, NotesWidgetIds.SESSION_MESSAGE, 1);
        attachments = new AttachmentsView(left, workspace);

        noteGroup = new Group(right, SWT.NONE);
        noteGroup.setText(messages.note_heading);
        noteGroup.setLayout(new GridLayout(2, false));
        noteGroup.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Widgets.label(noteGroup, messages.note_template);
        template = Widgets.named(new Combo(noteGroup, SWT.READ_ONLY | SWT.DROP_DOWN), NotesWidgetIds.TEMPLATE);
        template.addListener(SWT.Selection, event -> showSections(offered.get(template.getSelectionIndex()), Map.of()));
        sectionsArea = new Composite(noteGroup, SWT.NONE);
        sectionsArea.setLayout(new GridLayout(1, false));
        sectionsArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        draftStatus = Widgets.line(noteGroup, NotesWidgetIds.DRAFT_STATUS, 2);
        Composite buttons = new Composite(noteGroup, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        buttons.setLayoutData(new GridData(SWT.LEAD, SWT.TOP, false, false, 2, 1));
        sign = Widgets.button(buttons, messages.note_sign, NotesWidgetIds.SIGN, this::sign);
        amend = Widgets.button(buttons, messages.note_amend, NotesWidgetIds.AMEND, this::startAmending);
        reasonRow = new Composite(noteGroup, SWT.NONE);
        reasonRow.setLayout(new GridLayout(3, false));
        reasonRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Widgets.label(reasonRow, messages.note_reason);
        reason = Widgets.field(reasonRow, NotesWidgetIds.REASON, messages.note_reason_hint);
        reason.addListener(SWT.Modify, event -> typed());
        Widgets.button(reasonRow, messages.note_save_amendment, NotesWidgetIds.SAVE_AMENDMENT, this::saveAmendment);
        Composite flagRow = new Composite(noteGroup, SWT.NONE);
        flagRow.setLayout(new GridLayout(3, false));
        flagRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Widgets.label(flagRow, messages.caseload_flag_kind);
        flagKind = Widgets.named(new Combo(flagRow, SWT.READ_ONLY | SWT.DROP_DOWN), NotesWidgetIds.FLAG_KIND);
        for (RiskFlagKind kind : RiskFlagKind.values()) {
            flagKind.add(NotesTexts.risk(messages, kind));
        }
        flagKind.select(0);
        raiseFlag = Widgets.button(flagRow, messages.caseload_raise, NotesWidgetIds.RAISE_FLAG, this::raiseFlag);
        Widgets.heading(noteGroup, messages.note_history, 2);
        history = Widgets.table(noteGroup, NotesWidgetIds.HISTORY, 2, messages.column_version, messages.column_who, messages.column_when,
                messages.column_why);
        history.addListener(SWT.Selection, event -> showVersion());
        versionText = Widgets.named(new Text(noteGroup, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY),
                NotesWidgetIds.VERSION_TEXT);
        GridData versionData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        versionData.heightHint = SECTION_HEIGHT * 2;
        versionData.widthHint = WRAP_WIDTH;
        versionText.setLayoutData(versionData);
        show(null);
    }

    Composite control() {
        return content;
    }

    /** Shows the sessions of a case, or nothing for {@code null}; the draft being typed is saved first. */
    void show(CaseFile chosen) {
        flush();
        file = chosen;
        heading.setText(file == null ? messages.notes_choose_case : NotesTexts.format(messages.session_of, NotesTexts.client(file)));
        Widgets.say(sessionMessage, "", false);
        readSessions(null);
        newSession();
    }

    /**
     * Shows a session of the case shown, and selects one of its attached files when given, as a
     * search result points to them.
     *
     * @param attachmentId the attached file, or {@code null}
     */
    void open(String sessionId, String attachmentId) {
        // sessions are never deleted: the session of a result is among those of its case
        if (Widgets.select(sessions, sessionId)) {
            chooseSession();
            if (attachmentId != null) {
                attachments.select(attachmentId);
            }
        }
    }

    /** Saves the draft being typed, if any, at once: before the user, the session or the part goes. */
    void flush() {
        autosave.flush();
    }

    private void readSessions(String select) {
        recorded = file == null ? List.of()
                : workspace.call(sessionMessage, () -> workspace.notes.sessions(workspace.session, file.id())).orElse(List.of());
        Widgets.fill(sessions, recorded.stream().map(s -> NotesTexts.sessionRow(messages, s, workspace.locale)).toList(),
                recorded.stream().map(SessionRecord::id).toList());
        if (select != null) {
            Widgets.select(sessions, select);
        }
        boolean writes = file != null && workspace.writes();
        newSession.setEnabled(writes);
        saveSession.setEnabled(writes);
    }

    // A new session: today, now, the usual length, held individually and attended; its note comes once it is saved.
    private void newSession() {
        flush();
        sessions.deselectAll();
        LocalDate today = LocalDate.now();
        date.setDate(today.getYear(), today.getMonthValue() - 1, today.getDayOfMonth());
        LocalTime now = LocalTime.now();
        start.setTime(now.getHour(), now.getMinute(), 0);
        minutes.setSelection(DEFAULT_MINUTES);
        modality.select(Modality.INDIVIDUAL.ordinal());
        attendance.select(Attendance.ATTENDED.ordinal());
        attendees.setText("");
        goals.setText("");
        session = null;
        attachments.show(null);
        showNote(Optional.empty());
    }

    private void chooseSession() {
        String id = Widgets.selectedId(sessions);
        Optional<SessionRecord> chosen = recorded.stream().filter(s -> s.id().equals(id)).findFirst();
        if (chosen.isEmpty() || chosen.get().equals(session)) {
            return;
        }
        flush();
        session = chosen.get();
        attachments.show(session.id());
        SessionDetails details = session.details();
        date.setDate(details.day().getYear(), details.day().getMonthValue() - 1, details.day().getDayOfMonth());
        start.setTime(details.start().getHour(), details.start().getMinute(), 0);
        minutes.setSelection(details.minutes());
        modality.select(details.modality().ordinal());
        attendance.select(details.attendance().ordinal());
        attendees.setText(String.join(", ", details.attendees()));
        goals.setText(String.join("\n", details.goals()));
        // reading a note is audited, so only the session the user chose is read
        String sessionId = session.id();
        Optional<Optional<Note>> read = workspace.call(sessionMessage, () -> workspace.notes.noteOf(workspace.session, sessionId));
        if (read.isPresent()) {
            showNote(read.get());
        } else {
            // a note that could not be read is not offered as a blank one, which typing would save over it
            Widgets.show(noteGroup, false);
            workspace.relayout();
        }
    }

    private void saveSession() {
        SessionDetails details = new SessionDetails(LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay()),
                LocalTime.of(start.getHours(), start.getMinutes()), minutes.getSelection(), Modality.values()[modality.getSelectionIndex()],
                Attendance.values()[attendance.getSelectionIndex()], NotesTexts.codes(attendees.getText()), NotesTexts.lines(goals.getText()));
        SessionRecord editing = session;
        workspace.call(sessionMessage, () -> editing == null ? workspace.notes.record(workspace.session, file.id(), details)
                : workspace.notes.update(workspace.session, editing.id(), details)).ifPresent(saved -> {
                    readSessions(saved.id());
                    boolean isNew = editing == null;
                    session = saved;
                    if (isNew) {
                        attachments.show(saved.id());
                        showNote(Optional.empty());
                    }
                    Widgets.say(sessionMessage, NotesTexts.format(messages.session_saved, NotesTexts.date(details.day(), workspace.locale)),
                            false);
                });
    }

    // The note of the chosen session: editable while it is the user's draft (or not started), read-only once signed.
    private void showNote(Optional<Note> found) {
        autosave.discard();
        note = found.orElse(null);
        amending = false;
        Widgets.show(noteGroup, session != null);
        Widgets.say(draftStatus, "", false);
        if (session == null) {
            Widgets.say(sessionMessage, file == null ? "" : messages.session_choose, false);
            workspace.relayout();
            return;
        }
        offered = workspace.templates.forProgramme(file.programme());
        template.removeAll();
        offered.forEach(t -> template.add(t.title(workspace.locale)));
        String templateId = note != null ? note.templateId() : DEFAULT_TEMPLATE;
        int index = Math.max(0, offered.stream().map(NoteTemplate::id).toList().indexOf(templateId));
        if (!offered.isEmpty()) {
            template.select(index);
            showSections(offered.get(index), note == null ? Map.of() : note.currentSections());
        }
        template.setEnabled(note == null && workspace.writes());
        if (note != null && note.signed()) {
            Widgets.say(draftStatus, NotesTexts.format(messages.note_signed_by, note.author(),
                    NotesTexts.instant(note.signedAt().get(), workspace.locale)), false);
            if (workspace.writes() && !resumeAmendment()) {
                return;
            }
        }
        Widgets.fill(history, note == null ? List.of() : NotesTexts.history(messages, note, workspace.locale),
                note == null ? List.of() : versionIds());
        versionText.setText("");
        editable();
        workspace.relayout();
    }

    /**
     * Reopens the user's amendment in progress of the signed note shown, if there is one; answers
     * whether it could be read. One that could not is not offered as a blank, which typing would
     * save over it.
     */
    private boolean resumeAmendment() {
        String noteId = note.id();
        Optional<Optional<AmendmentDraft>> read = workspace.call(sessionMessage, () -> workspace.notes.amendmentDraft(workspace.session, noteId));
        if (read.isEmpty()) {
            Widgets.show(noteGroup, false);
            workspace.relayout();
            return false;
        }
        read.get().ifPresent(draft -> {
            amending = true;
            showSections(shownTemplate, draft.sections());
            fill(reason, draft.reason());
            Widgets.say(draftStatus, NotesTexts.format(messages.note_amendment_resumed, NotesTexts.instant(draft.savedAt(), workspace.locale)),
                    false);
        });
        return true;
    }

    // Sets a text without it counting as typing.
    private void fill(Text field, String text) {
        filling = true;
        try {
            field.setText(text);
        } finally {
            filling = false;
        }
    }

    private List<String> versionIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i <= note.amendments().size(); i++) {
            ids.add(Integer.toString(i));
        }
        return ids;
    }

    private void showSections(NoteTemplate chosen, Map<String, String> texts) {
        shownTemplate = chosen;
        for (Control child : sectionsArea.getChildren()) {
            child.dispose();
        }
        sectionTexts.clear();
        filling = true;
        try {
            for (NoteTemplate.Section section : chosen.sections()) {
                Widgets.heading(sectionsArea, section.label(workspace.locale), 1);
                Label prompt = Widgets.heading(sectionsArea, section.prompt(workspace.locale), 1);
                prompt.setForeground(prompt.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                ((GridData) prompt.getLayoutData()).widthHint = WRAP_WIDTH;
                Text text = Widgets.named(new Text(sectionsArea, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL),
                        NotesWidgetIds.SECTION_PREFIX + section.id());
                GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
                data.heightHint = SECTION_HEIGHT;
                data.widthHint = WRAP_WIDTH;
                text.setLayoutData(data);
                text.setText(texts.getOrDefault(section.id(), ""));
                text.addListener(SWT.Modify, event -> typed());
                sectionTexts.put(section.id(), text);
            }
        } finally {
            filling = false;
        }
        workspace.relayout();
    }

    private void typed() {
        if (filling || draftKind() == DraftKind.NONE) {
            return;
        }
        Widgets.say(draftStatus, messages.note_saving, false);
        autosave.changed();
    }

    private DraftKind draftKind() {
        return session == null ? DraftKind.NONE : DraftKind.of(note, workspace.session.user(), workspace.writes(), amending);
    }

    private boolean ownDraft() {
        return draftKind() == DraftKind.NOTE;
    }

    private void editable() {
        boolean draft = ownDraft();
        sectionTexts.values().forEach(text -> text.setEditable(draft || amending));
        sign.setEnabled(note != null && draft);
        amend.setEnabled(note != null && note.signed() && workspace.writes() && !amending);
        raiseFlag.setEnabled(workspace.writes());
        Widgets.show(reasonRow, amending);
        Widgets.show(amend, note != null && note.signed());
        Widgets.show(sign, note == null || !note.signed());
        workspace.relayout();
    }

    private Map<String, String> typedSections() {
        Map<String, String> typed = new LinkedHashMap<>();
        sectionTexts.forEach((id, text) -> typed.put(id, text.getText()));
        return typed;
    }

    // Called by the autosave, on the UI thread: saves the note's draft or the amendment being written; never logs the text.
    private boolean saveTyped() {
        if (content.isDisposed() || shownTemplate == null) {
            return true;
        }
        DraftKind kind = draftKind();
        if (kind == DraftKind.NONE) {
            return true;
        }
        Map<String, String> sections = typedSections();
        try {
            if (kind == DraftKind.AMENDMENT) {
                workspace.notes.saveAmendmentDraft(workspace.session, note.id(), sections, reason.getText());
            } else {
                note = workspace.notes.saveDraft(workspace.session, session.id(), shownTemplate.id(), sections);
                template.setEnabled(false);
                sign.setEnabled(true);
            }
            String at = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(workspace.locale).format(LocalTime.now());
            Widgets.say(draftStatus, NotesTexts.format(kind == DraftKind.AMENDMENT ? messages.note_amendment_saved : messages.note_saved, at),
                    false);
            return true;
        } catch (RuntimeException failure) {
            Widgets.say(draftStatus, NotesTexts.format(messages.note_not_saved, workspace.problem(failure)), true);
            return false;
        }
    }

    private void sign() {
        if (!autosave.flush()) {
            return;
        }
        if (!note.author().equals(workspace.session.user())) {
            Widgets.say(sessionMessage, messages.note_sign_author_only, true);
            return;
        }
        String noteId = note.id();
        workspace.call(sessionMessage, () -> workspace.notes.sign(workspace.session, noteId)).ifPresent(signed -> {
            showNote(Optional.of(signed));
            Widgets.say(sessionMessage, "", false);
        });
    }

    // The amendment starts from the current text; it is saved as a draft from the first keystroke.
    private void startAmending() {
        amending = true;
        fill(reason, "");
        editable();
        reason.setFocus();
    }

    private void saveAmendment() {
        String why = reason.getText().strip();
        if (why.isEmpty()) {
            Widgets.say(sessionMessage, messages.note_reason_missing, true);
            return;
        }
        String noteId = note.id();
        Map<String, String> sections = typedSections();
        // once stored, the amendment replaces its draft: showing it discards the autosave still waiting
        workspace.call(sessionMessage, () -> workspace.notes.amend(workspace.session, noteId, sections, why)).ifPresent(amended -> {
            showNote(Optional.of(amended));
            Widgets.say(sessionMessage, messages.note_amended_saved, false);
        });
    }

    // A flag is raised on the client, not the note: the supervisors see it among their alerts at once.
    private void raiseFlag() {
        RiskFlagKind kind = RiskFlagKind.values()[flagKind.getSelectionIndex()];
        String caseId = file.id();
        workspace.call(sessionMessage, () -> workspace.caseload.raise(workspace.session, caseId, kind)).ifPresent(
                flag -> Widgets.say(sessionMessage, NotesTexts.format(messages.caseload_raised, NotesTexts.client(file)), false));
    }

    private void showVersion() {
        String version = Widgets.selectedId(history);
        if (note != null && version != null && shownTemplate != null) {
            versionText.setText(NotesTexts.versionText(shownTemplate, NotesTexts.versionSections(note, Integer.parseInt(version)),
                    workspace.locale));
        }
    }
}
