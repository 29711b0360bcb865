package org.lanterne.notes.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.lanterne.identity.api.Session;
import org.lanterne.notes.api.Attachment;
import org.lanterne.notes.api.SessionNotes;
import org.lanterne.notes.ui.NotesWidgetIds;

/**
 * The letters and reports attached to the chosen session: their names, sizes, and whether their
 * text was read for search or why not. A clinician attaches a file, which the service stores
 * encrypted after reading its text; that can take seconds, so it runs in a background job while a
 * bar shows the work going on. Anyone who reads the session saves a decrypted copy where they
 * choose. A path typed in the field is used instead of the file window.
 */
final class AttachmentsView {

    /** The largest file a session accepts, as the notes service does; it checks again. */
    static final long MAX_BYTES = 20L << 20;

    private final Workspace workspace;
    private final NotesMessages messages;
    private final Group group;
    private final Table table;
    private final Text path;
    private final Button attach;
    private final Button saveCopy;
    private final ProgressBar attaching;
    private final Label message;
    private String sessionId;
    private List<Attachment> shown = List.of();
    private boolean busy;

    AttachmentsView(Composite parent, Workspace workspace) {
        this.workspace = workspace;
        this.messages = workspace.messages;
        group = new Group(parent, SWT.NONE);
        group.setText(messages.attachments_heading);
        group.setLayout(new GridLayout(4, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = Widgets.table(group, NotesWidgetIds.ATTACHMENTS, 4, messages.column_file, messages.column_size, messages.column_text);
        Widgets.label(group, messages.attachment_path);
        path = Widgets.field(group, NotesWidgetIds.ATTACHMENT_PATH, messages.attachment_path_hint);
        ((GridData) path.getLayoutData()).horizontalSpan = 3;
        attach = Widgets.button(group, messages.attachment_attach, NotesWidgetIds.ATTACH, this::attach);
        saveCopy = Widgets.button(group, messages.attachment_save_copy, NotesWidgetIds.SAVE_COPY, this::saveCopy);
        attaching = Widgets.named(new ProgressBar(group, SWT.HORIZONTAL | SWT.INDETERMINATE), NotesWidgetIds.ATTACHING);
        attaching.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        Widgets.show(attaching, false);
        message = Widgets.line(group, NotesWidgetIds.ATTACHMENT_MESSAGE, 4);
    }

    /** Lists the attached files of a saved session; hidden for {@code null}, a session not yet saved. */
    void show(String session) {
        sessionId = session;
        Widgets.say(message, "", false);
        Widgets.show(group, session != null);
        reload();
    }

    /** Selects an attached file of the shown session, as a search result points to it, and scrolls the tab to it. */
    void select(String attachmentId) {
        if (Widgets.select(table, attachmentId)) {
            Widgets.scrollTo(table);
        }
    }

    private void reload() {
        shown = sessionId == null ? List.of()
                : workspace.call(message, () -> workspace.notes.attachments(workspace.session, sessionId)).orElse(List.of());
        Widgets.fill(table, shown.stream().map(attachment -> NotesTexts.attachmentRow(messages, attachment, workspace.locale)).toList(),
                shown.stream().map(Attachment::id).toList());
        enable();
        workspace.relayout();
    }

    private void enable() {
        attach.setEnabled(sessionId != null && workspace.writes() && !busy);
        saveCopy.setEnabled(!shown.isEmpty());
    }

    /**
     * @return why the file cannot be attached, in the user's words; {@code null} if it can be
     */
    static String refusal(NotesMessages messages, Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return NotesTexts.format(messages.attachment_missing, file.toString());
            }
            long size = Files.size(file);
            if (size == 0) {
                return NotesTexts.format(messages.attachment_empty, nameOf(file));
            }
            return size > MAX_BYTES ? NotesTexts.format(messages.attachment_too_big, nameOf(file), Long.toString(MAX_BYTES >> 20)) : null;
        } catch (IOException e) {
            return NotesTexts.format(messages.attachment_unreadable, nameOf(file), reason(e));
        }
    }

    private void attach() {
        Optional<Path> chosen = typedOr(() -> new FileDialog(group.getShell(), SWT.OPEN).open());
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        String refused = refusal(messages, file);
        if (refused != null) {
            Widgets.say(message, refused, true);
            return;
        }
        String name = nameOf(file);
        String target = sessionId;
        Session user = workspace.session;
        SessionNotes notes = workspace.notes;
        busy(true);
        Widgets.say(message, NotesTexts.format(messages.attachment_attaching, name), false);
        // reading the text of a long PDF takes seconds: off the UI thread, which only hears of the outcome
        Job.create(messages.attachment_job, monitor -> {
            Object outcome;
            try {
                outcome = notes.attach(user, target, name, Files.readAllBytes(file));
            } catch (IOException | RuntimeException e) {
                outcome = e;
            }
            Object attached = outcome;
            if (!workspace.display.isDisposed()) {
                workspace.display.asyncExec(() -> attached(target, name, attached));
            }
        }).schedule();
    }

    private void attached(String target, String name, Object outcome) {
        if (group.isDisposed()) {
            return;
        }
        busy(false);
        path.setText("");
        if (target.equals(sessionId)) {
            reload();
        }
        switch (outcome) {
            case Attachment attachment -> {
                select(attachment.id());
                Widgets.say(message, attachment.notSearchable().map(why -> NotesTexts.format(messages.attachment_attached_unread, name, why))
                        .orElse(NotesTexts.format(messages.attachment_attached, name)), false);
            }
            case IOException unreadable -> Widgets.say(message, NotesTexts.format(messages.attachment_unreadable, name, reason(unreadable)), true);
            case RuntimeException failed -> Widgets.say(message, workspace.problem(failed), true);
            default -> throw new IllegalStateException("an attachment ends with the attachment or a failure");
        }
        workspace.relayout();
    }

    private void busy(boolean working) {
        busy = working;
        Widgets.show(attaching, working);
        enable();
        workspace.relayout();
    }

    // The decrypted bytes go where the user says; a typed path never replaces a file, the file window asks first.
    private void saveCopy() {
        String id = Widgets.selectedId(table);
        Optional<Attachment> chosen = shown.stream().filter(attachment -> attachment.id().equals(id)).findFirst();
        if (chosen.isEmpty()) {
            Widgets.say(message, messages.attachment_choose, true);
            return;
        }
        String name = safeName(chosen.get().fileName());
        boolean typed = !path.getText().isBlank();
        Optional<Path> where = typedOr(() -> {
            FileDialog dialog = new FileDialog(group.getShell(), SWT.SAVE);
            dialog.setFileName(name);
            dialog.setOverwrite(true);
            return dialog.open();
        }).map(target -> Files.isDirectory(target) ? target.resolve(name) : target);
        if (where.isEmpty()) {
            return;
        }
        Path target = where.get();
        if (typed && Files.exists(target)) {
            Widgets.say(message, NotesTexts.format(messages.attachment_exists, target.toString()), true);
            return;
        }
        Optional<byte[]> content = workspace.call(message, () -> workspace.notes.content(workspace.session, id));
        if (content.isEmpty()) {
            return;
        }
        try {
            if (typed) {
                Files.write(target, content.get(), StandardOpenOption.CREATE_NEW);
            } else {
                Files.write(target, content.get());
            }
            path.setText("");
            Widgets.say(message, NotesTexts.format(messages.attachment_saved, chosen.get().fileName(), target.toString()), false);
        } catch (IOException e) {
            Widgets.say(message, NotesTexts.format(messages.attachment_not_saved, reason(e)), true);
        }
    }

    /** Runs a file window, whose answer is {@code null} when the user cancels it. */
    @FunctionalInterface
    private interface FileWindow {
        String open();
    }

    private Optional<Path> typedOr(FileWindow window) {
        String typed = path.getText().strip();
        return Optional.ofNullable(typed.isEmpty() ? window.open() : typed).map(Path::of);
    }

    private static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    // A name as it was attached may come from another system: no folder of its own when it is saved.
    static String safeName(String fileName) {
        return fileName.replaceAll("[/\\\\\\x00]", "_");
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
