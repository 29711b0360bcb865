package org.lanterne.literature.ui.internal;

import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.lanterne.literature.api.LiteratureRecord;

/**
 * Corrects the title, authors, year, DOI and language of one record. The window checks what is
 * typed; saving is the part's, which checks the user's permission first.
 */
final class CorrectionDialog extends Dialog {

    private final LiteratureMessages messages;
    private final LiteratureRecord record;
    private Text title;
    private Text authors;
    private Text year;
    private Text doi;
    private Combo language;
    private Label problem;
    private LiteratureRecord corrected;

    CorrectionDialog(Shell parent, LiteratureMessages messages, LiteratureRecord record) {
        super(parent);
        this.messages = messages;
        this.record = record;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** @return the record as corrected, once the window was closed with Save */
    Optional<LiteratureRecord> corrected() {
        return Optional.ofNullable(corrected);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.correct_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(messages.correct_intro);
        intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Correction values = Correction.of(record);
        title = field(area, messages.correct_field_title, values.title(), SWT.SINGLE);
        authors = field(area, messages.correct_field_authors, values.authors(), SWT.MULTI | SWT.V_SCROLL);
        ((GridData) authors.getLayoutData()).heightHint = 70;
        year = field(area, messages.correct_field_year, values.year(), SWT.SINGLE);
        doi = field(area, messages.correct_field_doi, values.doi(), SWT.SINGLE);
        new Label(area, SWT.NONE).setText(messages.correct_field_language);
        language = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
        LiteratureTexts.LANGUAGES.forEach(code -> language.add(LiteratureTexts.language(messages, code)));
        language.select(Math.max(0, LiteratureTexts.LANGUAGES.indexOf(values.language())));
        problem = Controls.line(area, null, 2);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, OK, messages.correct_save, true);
        createButton(parent, CANCEL, messages.correct_cancel, false);
    }

    @Override
    protected void okPressed() {
        Correction typed = new Correction(title.getText(), authors.getText(), year.getText(), doi.getText(),
                LiteratureTexts.LANGUAGES.get(language.getSelectionIndex()));
        Optional<Correction.Problem> wrong = typed.problem();
        if (wrong.isPresent()) {
            Controls.say(problem, LiteratureTexts.problem(messages, wrong.get()), true);
            Text atFault = switch (wrong.get()) {
                case TITLE -> title;
                case YEAR -> year;
                case DOI -> doi;
            };
            atFault.setFocus();
            return;
        }
        corrected = typed.applyTo(record);
        super.okPressed();
    }

    private static Text field(Composite area, String label, String value, int style) {
        new Label(area, SWT.NONE).setText(label);
        Text text = new Text(area, SWT.BORDER | style);
        text.setText(value);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 420;
        text.setLayoutData(data);
        return text;
    }
}
