package org.lanterne.literature.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.lanterne.literature.api.FileOutcome;
import org.lanterne.literature.api.ImportJob;
import org.lanterne.literature.api.ImportProgress;
import org.lanterne.literature.api.ImportReport;
import org.lanterne.literature.api.LiteratureLibrary;
import org.lanterne.literature.ui.LiteratureWidgetIds;

/**
 * Imports files and folders into the library: the user lists them, starts the import, follows
 * its progress (and may cancel it), and reads the report, one row per file. The window does not
 * block the workbench: the library can be searched while files are imported.
 */
final class ImportWindow extends Dialog {

    private static final int POLL_MILLIS = 200;
    private static final int START_ID = 1024;
    private static final int CANCEL_ID = 1025;
    private static final int[] WIDTHS = { 330, 90, 300 };

    private final LiteratureMessages messages;
    private final LiteratureLibrary library;
    private final Supplier<String> refusal;
    private final Consumer<ImportReport> imported;
    private final List<Path> chosen = new ArrayList<>();

    private Text path;
    private org.eclipse.swt.widgets.List list;
    private ProgressBar progress;
    private Label status;
    private Table report;
    private ImportJob job;

    /**
     * @param refusal  why the signed-in user may not import now, or {@code null}; asked before each import
     * @param imported told of each finished import's report
     */
    ImportWindow(Shell parent, LiteratureMessages messages, LiteratureLibrary library, Supplier<String> refusal,
            Consumer<ImportReport> imported) {
        super(parent);
        this.messages = messages;
        this.library = library;
        this.refusal = refusal;
        this.imported = imported;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.import_title);
        Controls.named(shell, LiteratureWidgetIds.IMPORT_SHELL);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(4, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(messages.import_intro);
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
        introData.widthHint = 640;
        intro.setLayoutData(introData);

        path = Controls.named(new Text(area, SWT.BORDER | SWT.SINGLE), LiteratureWidgetIds.IMPORT_PATH);
        path.setMessage(messages.import_path_hint);
        path.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        path.addListener(SWT.DefaultSelection, event -> addTyped());
        Controls.button(area, messages.import_add, LiteratureWidgetIds.IMPORT_ADD, this::addTyped);
        Controls.button(area, messages.import_files, LiteratureWidgetIds.IMPORT_FILES, this::chooseFiles);
        Controls.button(area, messages.import_folder, LiteratureWidgetIds.IMPORT_FOLDER, this::chooseFolder);

        list = Controls.named(new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.V_SCROLL), LiteratureWidgetIds.IMPORT_LIST);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false, 4, 1);
        listData.heightHint = 80;
        list.setLayoutData(listData);

        progress = Controls.named(new ProgressBar(area, SWT.HORIZONTAL | SWT.SMOOTH), LiteratureWidgetIds.IMPORT_PROGRESS);
        progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        status = Controls.line(area, LiteratureWidgetIds.IMPORT_STATUS, 4);

        report = Controls.named(new Table(area, SWT.BORDER | SWT.FULL_SELECTION), LiteratureWidgetIds.IMPORT_REPORT);
        GridData reportData = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        reportData.heightHint = 160;
        report.setLayoutData(reportData);
        String[] titles = { messages.import_column_file, messages.import_column_outcome, messages.import_column_reason };
        Controls.columns(report, titles, WIDTHS);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Controls.named(createButton(parent, START_ID, messages.import_start, true), LiteratureWidgetIds.IMPORT_START);
        Controls.named(createButton(parent, CANCEL_ID, messages.import_cancel, false), LiteratureWidgetIds.IMPORT_CANCEL);
        createButton(parent, CANCEL, messages.import_close, false);
        updateButtons();
    }

    @Override
    protected void buttonPressed(int buttonId) {
        switch (buttonId) {
            case START_ID -> start();
            case CANCEL_ID -> cancel();
            default -> super.buttonPressed(buttonId);
        }
    }

    private void addTyped() {
        String typed = path.getText().strip();
        if (typed.isEmpty()) {
            return;
        }
        if (!Files.exists(Path.of(typed))) {
            Controls.say(status, messages.import_path_missing, true);
            return;
        }
        add(Path.of(typed));
        path.setText("");
    }

    private void chooseFiles() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        if (dialog.open() != null) {
            for (String name : dialog.getFileNames()) {
                add(Path.of(dialog.getFilterPath(), name));
            }
        }
    }

    private void chooseFolder() {
        String folder = new DirectoryDialog(getShell()).open();
        if (folder != null) {
            add(Path.of(folder));
        }
    }

    private void add(Path file) {
        if (!chosen.contains(file)) {
            chosen.add(file);
            list.add(file.toString());
        }
        Controls.say(status, "", false);
        updateButtons();
    }

    private void start() {
        String refused = refusal.get();
        if (refused != null) {
            Controls.say(status, refused, true);
            return;
        }
        report.removeAll();
        job = library.start(List.copyOf(chosen));
        chosen.clear();
        list.removeAll();
        updateButtons();
        follow();
    }

    private void cancel() {
        job.cancel();
        Controls.say(status, messages.import_cancelling, false);
        getButton(CANCEL_ID).setEnabled(false);
    }

    // Polls the job on the UI thread: progress() and isDone() do not block.
    private void follow() {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        if (job.isDone()) {
            finished();
            return;
        }
        ImportProgress now = job.progress();
        progress.setMaximum(Math.max(1, now.total()));
        progress.setSelection(now.done());
        if (getButton(CANCEL_ID).isEnabled()) {
            Controls.say(status, now.total() == 0 ? messages.import_waiting
                    : LiteratureTexts.format(messages.import_progress, Integer.toString(now.done()), Integer.toString(now.total())), false);
        }
        getShell().getDisplay().timerExec(POLL_MILLIS, this::follow);
    }

    private void finished() {
        ImportReport done;
        try {
            done = job.await(Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (TimeoutException e) {
            throw new IllegalStateException("an import that is done has a report", e);
        }
        job = null;
        progress.setMaximum(Math.max(1, done.total()));
        progress.setSelection(done.files().size());
        for (FileOutcome outcome : done.files()) {
            TableItem row = new TableItem(report, SWT.NONE);
            row.setText(new String[] { outcome.file(), LiteratureTexts.outcome(messages, outcome.status()),
                    outcome.reason().orElse("") });
        }
        Controls.say(status, LiteratureTexts.summary(messages, done), false);
        updateButtons();
        imported.accept(done);
    }

    private void updateButtons() {
        Button start = getButton(START_ID);
        if (start != null) {
            start.setEnabled(job == null && !chosen.isEmpty());
            getButton(CANCEL_ID).setEnabled(job != null);
        }
    }
}
