package org.lanterne.workbench.testprobe;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.lanterne.notes.ui.NotesUiIds;
import org.lanterne.notes.ui.NotesWidgetIds;

/**
 * A clinician's session, from the caseload to the timeline, over four runs of the workbench on one
 * installation. Every step is reported, and each view photographed.
 * <ol>
 * <li>{@link #start}: added through the Accounts part and signed in, the clinician opens Window &gt;
 * Caseload, tries a mistyped client code, opens a case, records a session, types its note section by
 * section and waits for the draft to be saved on its own; then the probe writes its report and leaves
 * the workbench running, for the test to kill it.</li>
 * <li>{@link #recover}: signed in again, the clinician reopens the session and finds the draft, signs
 * it, starts an amendment and types it until it is saved on its own; then the probe writes its report
 * and leaves the workbench running, for the test to kill it.</li>
 * <li>{@link #resumeAmendment}: signed in again, the clinician reopens the session and finds the
 * amendment as it was typed, saves it (first without a reason), raises a flag and reads the timeline;
 * given files, attaches them to the session (a too large one is refused), saves a copy of one, searches
 * words found only in the files and words found only in the note, and opens the results.</li>
 * <li>{@link #supervise}: a supervisor, added by the administrator, sees the team's caseload with the
 * flag among the alerts, resolves it, and finds the clinician's note by a search.</li>
 * </ol>
 */
final class NotesScenario {

    private static final String PREFIX = "notes";
    private static final String SUPERVISOR = "supervisor";
    private static final String MISTYPED_CODE = "4TQ8-M2XH-9CKD-3ZRW0";
    // synthetic text; the real sections of the built-in session-note template
    private static final String[][] NOTE = {
            { "presentation", "Calm and on time; reports a difficult week at work." },
            { "content", "Reviewed the relapse prevention plan and warning signs." },
            { "risk-and-protective-factors", "No contact with minors reported; supportive sibling." },
            { "plan", "Next session on Tuesday; practise the coping card daily." } };
    private static final String AMENDED_PLAN = "Next session on Thursday; practise the coping card daily.";
    private static final int SAVE_TIMEOUT_MILLIS = 15_000;
    private static final int CASELOAD_TAB = 0;
    private static final int SESSION_TAB = 1;
    private static final int TIMELINE_TAB = 2;
    private static final int SEARCH_TAB = 3;
    private static final int PASSAGE_COLUMN = 3;
    private static final int ATTACH_TIMEOUT_MILLIS = 60_000;
    // in the content section of the note only
    private static final String NOTE_ONLY_WORD = "relapse";

    private final TestProbeAddon probe;
    private final ProbeSettings settings;
    private final Properties report;

    NotesScenario(TestProbeAddon probe, ProbeSettings settings, Properties report) {
        this.probe = probe;
        this.settings = settings;
        this.report = report;
    }

    void start(Display display) {
        // the administrator reads no clinical note: no Window > Caseload for them
        report.setProperty("notes.admin.menuitem.rendered", Boolean.toString(probe.menuItem(NotesUiIds.MENU_ITEM_CASELOAD) != null));
        probe.signInAsNewAccount(display, "clinician", PREFIX, () -> open(display));
    }

    private void open(Display display) {
        probe.chooseWindowItem(NotesUiIds.MENU_ITEM_CASELOAD, NotesUiIds.PART_CASELOAD, PREFIX);
        probe.await(display, () -> part() != null && find(NotesWidgetIds.TABS).isVisible(), TestProbeAddon.PART_TIMEOUT_MILLIS, shown -> {
            report.setProperty("notes.shown", Boolean.toString(shown));
            if (!shown) {
                report.setProperty("notes.notice", label(NotesWidgetIds.NOTICE));
                probe.afterAccounts(display);
                return;
            }
            report.setProperty("notes.perspective", probe.perspectiveOf(NotesUiIds.PART_CASELOAD));
            report.setProperty("notes.notice", label(NotesWidgetIds.NOTICE));
            openCase(display);
        });
    }

    private void openCase(Display display) {
        type(NotesWidgetIds.NEW_CODE, MISTYPED_CODE);
        type(NotesWidgetIds.NEW_ALIAS, "K. B.");
        type(NotesWidgetIds.NEW_PROGRAMME, "treatment");
        press(NotesWidgetIds.OPEN_CASE);
        report.setProperty("notes.badcode.message", label(NotesWidgetIds.CASELOAD_MESSAGE));
        report.setProperty("notes.badcode.cases", TestProbeAddon.rows(table(NotesWidgetIds.CASES)));
        report.setProperty("notes.badcode.alias.kept", text(NotesWidgetIds.NEW_ALIAS));

        type(NotesWidgetIds.NEW_CODE, settings.participant());
        press(NotesWidgetIds.OPEN_CASE);
        report.setProperty("notes.opened.message", label(NotesWidgetIds.CASELOAD_MESSAGE));
        report.setProperty("notes.cases", TestProbeAddon.rows(table(NotesWidgetIds.CASES)));
        report.setProperty("notes.cases.selected", Integer.toString(table(NotesWidgetIds.CASES).getSelectionIndex()));
        probe.afterPaint(display, () -> {
            probe.photographWindow(display, "notes.caseload.screenshot", "notes-caseload");
            recordSession(display);
        });
    }

    private void recordSession(Display display) {
        tab(SESSION_TAB);
        report.setProperty("notes.sessions.before", TestProbeAddon.rows(table(NotesWidgetIds.SESSIONS)));
        press(NotesWidgetIds.SAVE_SESSION);
        report.setProperty("notes.session.message", label(NotesWidgetIds.SESSION_MESSAGE));
        report.setProperty("notes.sessions", TestProbeAddon.rows(table(NotesWidgetIds.SESSIONS)));
        report.setProperty("notes.template", ((Combo) find(NotesWidgetIds.TEMPLATE)).getText());
        report.setProperty("notes.section.text", TestProbeAddon.text((Control) find(NotesWidgetIds.SECTION_PREFIX + NOTE[0][0]).getParent()));
        report.setProperty("notes.sign.enabled.before", Boolean.toString(find(NotesWidgetIds.SIGN).isEnabled()));
        for (String[] section : NOTE) {
            type(NotesWidgetIds.SECTION_PREFIX + section[0], section[1]);
        }
        report.setProperty("notes.draft.typing", label(NotesWidgetIds.DRAFT_STATUS));
        long typed = System.nanoTime();
        // the first save of the draft makes it a note, which its author may sign
        probe.await(display, () -> find(NotesWidgetIds.SIGN).isEnabled(), SAVE_TIMEOUT_MILLIS, saved -> {
            report.setProperty("notes.draft.saved", Boolean.toString(saved));
            report.setProperty("notes.draft.millis", Long.toString((System.nanoTime() - typed) / 1_000_000));
            report.setProperty("notes.draft.status", label(NotesWidgetIds.DRAFT_STATUS));
            probe.photographWindow(display, "notes.session.screenshot", "notes-session");
            if (saved) {
                // the test kills the workbench now: nothing more is saved on the way out
                probe.checkpoint();
            } else {
                probe.afterAccounts(display);
            }
        });
    }

    private void sign(Display display) {
        press(NotesWidgetIds.SIGN);
        report.setProperty("notes.signed.status", label(NotesWidgetIds.DRAFT_STATUS));
        report.setProperty("notes.signed.editable", Boolean.toString(((Text) find(NotesWidgetIds.SECTION_PREFIX + "plan")).getEditable()));
        report.setProperty("notes.signed.history", TestProbeAddon.rows(table(NotesWidgetIds.HISTORY)));

        press(NotesWidgetIds.AMEND);
        report.setProperty("notes.amending.editable", Boolean.toString(((Text) find(NotesWidgetIds.SECTION_PREFIX + "plan")).getEditable()));
        type(NotesWidgetIds.SECTION_PREFIX + "plan", AMENDED_PLAN);
        String typing = label(NotesWidgetIds.DRAFT_STATUS);
        report.setProperty("notes.amending.typing", typing);
        long typed = System.nanoTime();
        // the status leaves "saving" once the amendment is saved as a draft, on its own
        probe.await(display, () -> !label(NotesWidgetIds.DRAFT_STATUS).equals(typing), SAVE_TIMEOUT_MILLIS, saved -> {
            report.setProperty("notes.amending.saved", Boolean.toString(saved));
            report.setProperty("notes.amending.millis", Long.toString((System.nanoTime() - typed) / 1_000_000));
            report.setProperty("notes.amending.status", label(NotesWidgetIds.DRAFT_STATUS));
            if (saved) {
                // the test kills the workbench now: nothing more is saved on the way out
                probe.checkpoint();
            } else {
                probe.afterAccounts(display);
            }
        });
    }

    // The amendment found again has no reason yet: saving it is refused until one is given.
    private void saveAmendment(Display display) {
        press(NotesWidgetIds.SAVE_AMENDMENT);
        report.setProperty("notes.amend.noreason.message", label(NotesWidgetIds.SESSION_MESSAGE));
        report.setProperty("notes.amend.noreason.history", TestProbeAddon.rows(table(NotesWidgetIds.HISTORY)));
        type(NotesWidgetIds.REASON, "wrong day for the next session");
        press(NotesWidgetIds.SAVE_AMENDMENT);
        report.setProperty("notes.amended.message", label(NotesWidgetIds.SESSION_MESSAGE));
        report.setProperty("notes.amended.history", TestProbeAddon.rows(table(NotesWidgetIds.HISTORY)));
        report.setProperty("notes.amended.plan", text(NotesWidgetIds.SECTION_PREFIX + "plan"));
        choose(table(NotesWidgetIds.HISTORY), 0);
        report.setProperty("notes.version.signed", text(NotesWidgetIds.VERSION_TEXT));
        scrollTo(find(NotesWidgetIds.VERSION_TEXT));
        probe.afterPaint(display, () -> {
            probe.photographWindow(display, "notes.amended.screenshot", "notes-amended");
            raiseFlag(display);
        });
    }

    private void raiseFlag(Display display) {
        ((Combo) find(NotesWidgetIds.FLAG_KIND)).select(0);
        press(NotesWidgetIds.RAISE_FLAG);
        report.setProperty("notes.flag.message", label(NotesWidgetIds.SESSION_MESSAGE));
        tab(CASELOAD_TAB);
        report.setProperty("notes.alerts", TestProbeAddon.rows(table(NotesWidgetIds.ALERTS)));
        report.setProperty("notes.caseload.flagged", TestProbeAddon.rows(table(NotesWidgetIds.CASES)));
        tab(TIMELINE_TAB);
        report.setProperty("notes.timeline.heading", label(NotesWidgetIds.TIMELINE_CASE));
        report.setProperty("notes.timeline.rate", label(NotesWidgetIds.ATTENDANCE_RATE));
        report.setProperty("notes.timeline", TestProbeAddon.rows(table(NotesWidgetIds.TIMELINE)));
        probe.afterPaint(display, () -> {
            probe.photographWindow(display, "notes.timeline.screenshot", "notes-timeline");
            if (settings.attachesNoteFiles()) {
                attachFiles(display);
            } else {
                probe.afterAccounts(display);
            }
        });
    }

    // The last file is too large: refused before anything is read. The others are attached one after the other, each in its job.
    private void attachFiles(Display display) throws IOException {
        tab(SESSION_TAB);
        report.setProperty("notes.attachments.visible", Boolean.toString(find(NotesWidgetIds.ATTACHMENTS).isVisible()));
        List<Path> files = settings.noteFiles();
        type(NotesWidgetIds.ATTACHMENT_PATH, files.get(files.size() - 1).toString());
        press(NotesWidgetIds.ATTACH);
        report.setProperty("notes.attach.toobig.message", label(NotesWidgetIds.ATTACHMENT_MESSAGE));
        report.setProperty("notes.attach.toobig.rows", TestProbeAddon.rows(table(NotesWidgetIds.ATTACHMENTS)));
        attach(display, files.subList(0, files.size() - 1), 0);
    }

    private void attach(Display display, List<Path> files, int next) throws IOException {
        if (next == files.size()) {
            attached(display);
            return;
        }
        type(NotesWidgetIds.ATTACHMENT_PATH, files.get(next).toString());
        press(NotesWidgetIds.ATTACH);
        // the job's outcome reaches the UI thread only after this step: the bar is up, the button off, until then
        String key = "notes.attach." + next;
        report.setProperty(key + ".busy", Boolean.toString(find(NotesWidgetIds.ATTACHING).isVisible()));
        report.setProperty(key + ".enabled", Boolean.toString(find(NotesWidgetIds.ATTACH).isEnabled()));
        report.setProperty(key + ".message", label(NotesWidgetIds.ATTACHMENT_MESSAGE));
        probe.await(display, () -> !find(NotesWidgetIds.ATTACHING).isVisible(), ATTACH_TIMEOUT_MILLIS, done -> {
            report.setProperty(key + ".done", Boolean.toString(done));
            report.setProperty(key + ".outcome", label(NotesWidgetIds.ATTACHMENT_MESSAGE));
            attach(display, files, next + 1);
        });
    }

    private void attached(Display display) throws IOException {
        Table attachments = table(NotesWidgetIds.ATTACHMENTS);
        report.setProperty("notes.attachments", TestProbeAddon.rows(attachments));
        scrollTo(attachments);
        probe.afterPaint(display, () -> {
            probe.photographWindow(display, "notes.attachments.screenshot", "notes-attachments");
            // a decrypted copy of the first file, written where the path says
            choose(attachments, 0);
            Path copy = settings.savedCopy("copy-" + attachments.getItem(0).getText(0));
            type(NotesWidgetIds.ATTACHMENT_PATH, copy.toString());
            press(NotesWidgetIds.SAVE_COPY);
            report.setProperty("notes.copy.message", label(NotesWidgetIds.ATTACHMENT_MESSAGE));
            report.setProperty("notes.copy.file", copy.toString());
            type(NotesWidgetIds.ATTACHMENT_PATH, copy.toString());
            press(NotesWidgetIds.SAVE_COPY);
            report.setProperty("notes.copy.again.message", label(NotesWidgetIds.ATTACHMENT_MESSAGE));
            searchFiles(display);
        });
    }

    // Words only in an attached file, typed without their accents; then words only in the note; then words found nowhere.
    private void searchFiles(Display display) {
        search("file", settings.noteFileQuery());
        probe.afterPaint(display, () -> {
            probe.photographWindow(display, "notes.search.screenshot", "notes-search");
            openFirstHit("file");
            report.setProperty("notes.search.file.opened.attachment", selectedRow(table(NotesWidgetIds.ATTACHMENTS)));
            search("note", NOTE_ONLY_WORD);
            openFirstHit("note");
            report.setProperty("notes.search.note.opened.content", text(NotesWidgetIds.SECTION_PREFIX + "content"));
            search("nothing", "quayside");
            probe.afterAccounts(display);
        });
    }

    private void search(String name, String words) {
        tab(SEARCH_TAB);
        type(NotesWidgetIds.SEARCH_QUERY, words);
        press(NotesWidgetIds.SEARCH);
        Table results = table(NotesWidgetIds.SEARCH_RESULTS);
        report.setProperty("notes.search." + name + ".message", label(NotesWidgetIds.SEARCH_MESSAGE));
        report.setProperty("notes.search." + name + ".rows", TestProbeAddon.rows(results));
        report.setProperty("notes.search." + name + ".highlighted", results.getItemCount() == 0 ? "" : highlighted(results.getItem(0)));
    }

    private void openFirstHit(String name) {
        choose(table(NotesWidgetIds.SEARCH_RESULTS), 0);
        press(NotesWidgetIds.OPEN_HIT);
        report.setProperty("notes.search." + name + ".opened.tab", Integer.toString(((TabFolder) find(NotesWidgetIds.TABS)).getSelectionIndex()));
        report.setProperty("notes.search." + name + ".opened.session", selectedRow(table(NotesWidgetIds.SESSIONS)));
    }

    // The words painted on the highlight in the passage cell of a result, as the part gave them to its painter.
    private static String highlighted(TableItem row) {
        String passage = row.getText(PASSAGE_COLUMN);
        return row.getData(NotesWidgetIds.HIGHLIGHTS_KEY) instanceof StyleRange[] styles ? Arrays.stream(styles)
                .map(style -> passage.substring(style.start, style.start + style.length) + (style.fontStyle == SWT.BOLD ? "" : " (not bold)"))
                .collect(Collectors.joining(",")) : "";
    }

    private static String selectedRow(Table table) {
        return table.getSelectionCount() == 1 ? table.getSelection()[0].getText(0) : "";
    }

    /** Signed in as the clinician of the first run, reopens the first session of the first case, then signs and amends its note. */
    void recover(Display display) {
        reopen(display, "notes.recover", () -> {
            for (String[] section : NOTE) {
                report.setProperty("notes.recover." + section[0], text(NotesWidgetIds.SECTION_PREFIX + section[0]));
            }
            report.setProperty("notes.recover.editable", Boolean.toString(
                    ((Text) find(NotesWidgetIds.SECTION_PREFIX + NOTE[0][0])).getEditable()));
            report.setProperty("notes.recover.sign.enabled", Boolean.toString(find(NotesWidgetIds.SIGN).isEnabled()));
            probe.afterPaint(display, () -> {
                probe.photographWindow(display, "notes.recover.screenshot", "notes-recovered");
                sign(display);
            });
        });
    }

    /** Signed in as the clinician again, after a kill while an amendment was typed, reopens the session and finishes the amendment. */
    void resumeAmendment(Display display) {
        reopen(display, "notes.resumed", () -> {
            report.setProperty("notes.resumed.plan", text(NotesWidgetIds.SECTION_PREFIX + "plan"));
            report.setProperty("notes.resumed.presentation", text(NotesWidgetIds.SECTION_PREFIX + NOTE[0][0]));
            report.setProperty("notes.resumed.editable", Boolean.toString(((Text) find(NotesWidgetIds.SECTION_PREFIX + "plan")).getEditable()));
            report.setProperty("notes.resumed.reason.visible", Boolean.toString(find(NotesWidgetIds.REASON).isVisible()));
            report.setProperty("notes.resumed.reason", text(NotesWidgetIds.REASON));
            report.setProperty("notes.resumed.status", label(NotesWidgetIds.DRAFT_STATUS));
            report.setProperty("notes.resumed.history", TestProbeAddon.rows(table(NotesWidgetIds.HISTORY)));
            probe.afterPaint(display, () -> {
                probe.photographWindow(display, "notes.resumed.screenshot", "notes-amendment-recovered");
                saveAmendment(display);
            });
        });
    }

    // Opens the Caseload part, then the first session of the first case, and goes on once it shows.
    private void reopen(Display display, String key, TestProbeAddon.ThrowingRunnable next) {
        probe.chooseWindowItem(NotesUiIds.MENU_ITEM_CASELOAD, NotesUiIds.PART_CASELOAD, PREFIX);
        probe.await(display, () -> part() != null && find(NotesWidgetIds.TABS).isVisible() && table(NotesWidgetIds.CASES).getItemCount() > 0,
                TestProbeAddon.PART_TIMEOUT_MILLIS, shown -> {
                    report.setProperty(key + ".shown", Boolean.toString(shown));
                    if (!shown) {
                        probe.afterAccounts(display);
                        return;
                    }
                    choose(table(NotesWidgetIds.CASES), 0);
                    tab(SESSION_TAB);
                    choose(table(NotesWidgetIds.SESSIONS), 0);
                    next.run();
                });
    }

    /** Adds a supervisor, signs in with it and reads the team's caseload and alerts, then resolves the alert. */
    void supervise(Display display) {
        probe.signInAsNewAccount(display, "supervisor", SUPERVISOR, () -> {
            probe.chooseWindowItem(NotesUiIds.MENU_ITEM_CASELOAD, NotesUiIds.PART_CASELOAD, SUPERVISOR);
            probe.await(display, () -> part() != null && find(NotesWidgetIds.TABS).isVisible()
                    && table(NotesWidgetIds.ALERTS).getItemCount() > 0, TestProbeAddon.PART_TIMEOUT_MILLIS, shown -> {
                        report.setProperty("supervisor.shown", Boolean.toString(shown));
                        report.setProperty("supervisor.notice", label(NotesWidgetIds.NOTICE));
                        report.setProperty("supervisor.cases", TestProbeAddon.rows(table(NotesWidgetIds.CASES)));
                        report.setProperty("supervisor.alerts", TestProbeAddon.rows(table(NotesWidgetIds.ALERTS)));
                        report.setProperty("supervisor.opencase.visible", Boolean.toString(find(NotesWidgetIds.OPEN_CASE).isVisible()));
                        probe.photographWindow(display, "supervisor.screenshot", "notes-supervisor");
                        if (!shown) {
                            probe.afterAccounts(display);
                            return;
                        }
                        choose(table(NotesWidgetIds.ALERTS), 0);
                        press(NotesWidgetIds.RESOLVE);
                        report.setProperty("supervisor.resolved.message", label(NotesWidgetIds.CASELOAD_MESSAGE));
                        report.setProperty("supervisor.resolved.alerts", TestProbeAddon.rows(table(NotesWidgetIds.ALERTS)));
                        report.setProperty("supervisor.resolved.cases", TestProbeAddon.rows(table(NotesWidgetIds.CASES)));
                        // a supervisor searches every case of the team
                        search("supervisor", NOTE_ONLY_WORD);
                        probe.afterAccounts(display);
                    });
        });
    }

    private static void choose(Table table, int row) {
        table.setSelection(row);
        table.notifyListeners(SWT.Selection, new Event());
    }

    // Scrolls the tab as a user would, so that the photograph shows the control.
    private static void scrollTo(Control control) {
        for (Control ancestor = control.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
            if (ancestor instanceof ScrolledComposite scrolled) {
                scrolled.showControl(control);
                return;
            }
        }
    }

    private void tab(int index) {
        TabFolder tabs = (TabFolder) find(NotesWidgetIds.TABS);
        tabs.setSelection(index);
        tabs.notifyListeners(SWT.Selection, new Event());
    }

    private void type(String id, String value) {
        TestProbeAddon.typeIn(part(), NotesWidgetIds.KEY, id, value);
    }

    private void press(String id) {
        TestProbeAddon.pressIn(part(), NotesWidgetIds.KEY, id);
    }

    private Control part() {
        return probe.part(NotesUiIds.PART_CASELOAD).getWidget() instanceof Control control && !control.isDisposed() ? control : null;
    }

    private Table table(String id) {
        return (Table) find(id);
    }

    private String text(String id) {
        return ((Text) find(id)).getText();
    }

    private String label(String id) {
        return find(id) instanceof Label label && label.isVisible() ? label.getText() : "";
    }

    private Control find(String id) {
        if (!(TestProbeAddon.find(part(), id, NotesWidgetIds.KEY) instanceof Control found)) {
            throw new IllegalStateException("no control " + id);
        }
        return found;
    }
}
