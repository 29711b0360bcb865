package org.lanterne.notes.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.lanterne.notes.api.CaseFile;
import org.lanterne.notes.api.CaseSummary;
import org.lanterne.notes.api.RiskFlag;
import org.lanterne.notes.ui.NotesWidgetIds;

/**
 * The caseload: the clients the user sees with their last and next sessions, latest band and open
 * flags; opening a case, sharing and transferring the chosen one; and the alerts of open flags (the
 * whole team's for a supervisor), which a supervisor or the clinician who raised one resolves.
 */
final class CaseloadTab {

    private final Workspace workspace;
    private final NotesMessages messages;
    private final Consumer<CaseFile> chosen;
    private final Composite content;
    private final Label intro;
    private final Table cases;
    private final Group newCase;
    private final Text code;
    private final Text alias;
    private final Text programme;
    private final DateTime start;
    private final Text clinician;
    private final Label message;
    private final Table alerts;
    private final Button resolve;
    private List<CaseSummary> shown = List.of();
    private boolean withClinician;

    /** @param chosen told of the case the user chooses, to show its sessions and timeline */
    CaseloadTab(Composite parent, Workspace workspace, Consumer<CaseFile> chosen) {
        this.workspace = workspace;
        this.messages = workspace.messages;
        this.chosen = chosen;
        content = new Composite(parent, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        intro = Widgets.heading(content, messages.caseload_intro, 1);
        cases = Widgets.table(content, NotesWidgetIds.CASES, 1);
        cases.addListener(SWT.Selection, event -> selected().ifPresent(summary -> chosen.accept(summary.file())));

        Composite caseActions = new Composite(content, SWT.NONE);
        caseActions.setLayout(new GridLayout(4, false));
        caseActions.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Widgets.label(caseActions, messages.caseload_other);
        clinician = Widgets.field(caseActions, NotesWidgetIds.CLINICIAN, null);
        Widgets.button(caseActions, messages.caseload_share, NotesWidgetIds.SHARE, () -> handOver(false));
        Widgets.button(caseActions, messages.caseload_transfer, NotesWidgetIds.TRANSFER, () -> handOver(true));
        message = Widgets.line(content, NotesWidgetIds.CASELOAD_MESSAGE, 1);

        newCase = new Group(content, SWT.NONE);
        newCase.setText(messages.caseload_new);
        newCase.setLayout(new GridLayout(4, false));
        newCase.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Widgets.label(newCase, messages.caseload_code);
        code = Widgets.field(newCase, NotesWidgetIds.NEW_CODE, null);
        Widgets.label(newCase, messages.caseload_alias);
        alias = Widgets.field(newCase, NotesWidgetIds.NEW_ALIAS, null);
        Widgets.label(newCase, messages.caseload_programme);
        programme = Widgets.field(newCase, NotesWidgetIds.NEW_PROGRAMME, null);
        Widgets.label(newCase, messages.caseload_start);
        start = Widgets.named(new DateTime(newCase, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN), NotesWidgetIds.NEW_START);
        Widgets.button(newCase, messages.caseload_open, NotesWidgetIds.OPEN_CASE, this::openCase);

        Widgets.heading(content, messages.caseload_alerts, 1);
        alerts = Widgets.table(content, NotesWidgetIds.ALERTS, 1, messages.column_raised, messages.column_client, messages.column_risk,
                messages.column_raised_by);
        alerts.addListener(SWT.Selection, event -> resolveEnabled());
        resolve = Widgets.button(content, messages.caseload_resolve, NotesWidgetIds.RESOLVE, this::resolve);
    }

    Composite control() {
        return content;
    }

    /** Reads the caseload and the alerts again, keeping the chosen case chosen. */
    void reload() {
        Widgets.show(newCase, workspace.writes());
        withClinician = NotesAccess.supervises(workspace.session);
        intro.setText(withClinician ? messages.caseload_intro_supervisor : messages.caseload_intro);
        String selectedId = selected().map(summary -> summary.file().id()).orElse(null);
        List<String> headings = new ArrayList<>(List.of(messages.column_client, messages.column_programme, messages.column_started,
                messages.column_last, messages.column_next, messages.column_band, messages.column_flags));
        if (withClinician) {
            headings.add(messages.column_clinician);
        }
        while (cases.getColumnCount() > 0) {
            cases.getColumn(0).dispose();
        }
        headings.forEach(heading -> new TableColumn(cases, SWT.LEAD).setText(heading));
        shown = workspace.call(message, () -> workspace.caseload.cases(workspace.session)).orElse(List.of());
        Widgets.fill(cases, shown.stream().map(summary -> NotesTexts.caseRow(summary, workspace.locale, withClinician)).toList(),
                shown.stream().map(summary -> summary.file().id()).toList());
        if (selectedId != null) {
            Widgets.select(cases, selectedId);
        }
        List<RiskFlag> open = workspace.call(message, () -> workspace.caseload.alerts(workspace.session)).orElse(List.of());
        Map<String, String> clients = shown.stream().collect(Collectors.toMap(summary -> summary.file().id(),
                summary -> NotesTexts.client(summary.file())));
        Widgets.fill(alerts, open.stream().map(flag -> NotesTexts.alertRow(messages, flag, clients, workspace.locale)).toList(),
                open.stream().map(RiskFlag::id).toList());
        resolveEnabled();
        workspace.relayout();
    }

    /** Chooses a case the user sees, as a search result points to it; reads the caseload again if it is not listed yet. */
    Optional<CaseFile> choose(String caseId) {
        if (shown.stream().noneMatch(summary -> summary.file().id().equals(caseId))) {
            reload();
        }
        Optional<CaseFile> file = shown.stream().map(CaseSummary::file).filter(each -> each.id().equals(caseId)).findFirst();
        file.ifPresent(found -> Widgets.select(cases, found.id()));
        return file;
    }

    private Optional<CaseSummary> selected() {
        String id = Widgets.selectedId(cases);
        return shown.stream().filter(summary -> summary.file().id().equals(id)).findFirst();
    }

    private void openCase() {
        LocalDate day = LocalDate.of(start.getYear(), start.getMonth() + 1, start.getDay());
        workspace.call(message, () -> workspace.caseload.open(workspace.session, code.getText().strip(), alias.getText().strip(),
                programme.getText().strip(), day)).ifPresent(file -> {
                    code.setText("");
                    alias.setText("");
                    reload();
                    Widgets.select(cases, file.id());
                    Widgets.say(message, NotesTexts.format(messages.caseload_opened, NotesTexts.client(file)), false);
                    chosen.accept(file);
                });
    }

    private void handOver(boolean transfer) {
        Optional<CaseSummary> summary = selected();
        if (summary.isEmpty()) {
            Widgets.say(message, messages.notes_choose_case, true);
            return;
        }
        String other = clinician.getText().strip();
        String caseId = summary.get().file().id();
        workspace.call(message, () -> transfer ? workspace.caseload.transfer(workspace.session, caseId, other)
                : workspace.caseload.share(workspace.session, caseId, other)).ifPresent(file -> {
                    reload();
                    Widgets.say(message, NotesTexts.format(transfer ? messages.caseload_transferred : messages.caseload_shared,
                            NotesTexts.client(file), other), false);
                });
    }

    private void resolve() {
        String flagId = Widgets.selectedId(alerts);
        if (flagId != null) {
            workspace.call(message, () -> workspace.caseload.resolve(workspace.session, flagId)).ifPresent(flag -> {
                reload();
                Widgets.say(message, messages.caseload_resolved, false);
            });
        }
    }

    private void resolveEnabled() {
        resolve.setEnabled(Widgets.selectedId(alerts) != null);
    }
}
