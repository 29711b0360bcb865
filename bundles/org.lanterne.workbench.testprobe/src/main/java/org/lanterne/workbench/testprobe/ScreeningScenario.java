package org.lanterne.workbench.testprobe;

import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.lanterne.literature.api.LiteratureScreening;
import org.lanterne.literature.api.PrismaCounts;
import org.lanterne.literature.ui.LiteratureUiIds;
import org.lanterne.literature.ui.ScreeningWidgetIds;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Two researchers screen the same records: the first imports them through the Library, opens
 * Window &gt; Screening, tags one, writes a note, tries to exclude without a reason, then decides
 * about each record (one with the key 3); the second, added afterwards, sees none of those
 * decisions, screens the same records and disagrees on one. The conflict, the PRISMA counts on
 * screen and those the service computes are reported; the second reviewer then screens the record
 * in conflict again and agrees, which ends the conflict. Every step waits for what it needs.
 */
final class ScreeningScenario {

    private static final String PREFIX = "screening";
    private static final String TAG = "prévention primaire";
    private static final String NOTE = "Population adulte seulement ? À relire avec le texte entier.";
    // indexes in the list of reasons: wrong population, wrong outcome
    private static final int POPULATION = 0;
    private static final int OUTCOME = 3;

    /** One decision: include, exclude with the reason of that index in the list, or maybe with the key 3. */
    private record Step(String button, int reason) {
        static final Step INCLUDE = new Step(ScreeningWidgetIds.INCLUDE, -1);
        static final Step MAYBE_BY_KEY = new Step(null, -1);

        static Step exclude(int reason) {
            return new Step(ScreeningWidgetIds.EXCLUDE, reason);
        }
    }

    // rows in the list's order (by title); the reviewers disagree on the first
    private static final List<Step> FIRST = List.of(Step.INCLUDE, Step.INCLUDE, Step.exclude(POPULATION), Step.MAYBE_BY_KEY);
    private static final List<Step> SECOND = List.of(Step.exclude(OUTCOME), Step.INCLUDE, Step.exclude(POPULATION), Step.MAYBE_BY_KEY);

    private final TestProbeAddon probe;
    private final ProbeSettings settings;
    private final Properties report;

    ScreeningScenario(TestProbeAddon probe, ProbeSettings settings, Properties report) {
        this.probe = probe;
        this.settings = settings;
        this.report = report;
    }

    void start(Display display) {
        report.setProperty("screening.admin.menuitem.rendered",
                Boolean.toString(probe.menuItem(LiteratureUiIds.MENU_ITEM_SCREENING) != null));
        probe.signInAsNewAccount(display, settings.account(), "researcher", PREFIX + ".first",
                () -> new LiteratureScenario(probe, settings, report).importThen(display, () -> first(display)));
    }

    private void first(Display display) {
        open(display, PREFIX + ".first", () -> {
            report.setProperty("screening.first.perspective", probe.perspectiveOf(LiteratureUiIds.PART_SCREENING));
            report.setProperty("screening.first.notice", label(ScreeningWidgetIds.NOTICE));
            report.setProperty("screening.first.progress.before", label(ScreeningWidgetIds.PROGRESS));
            tagAndNote(display);
        });
    }

    // Opens Window > Screening and waits until every record is listed, none decided by the signed-in reviewer.
    private void open(Display display, String prefix, TestProbeAddon.ThrowingRunnable next) {
        probe.chooseWindowItem(LiteratureUiIds.MENU_ITEM_SCREENING, LiteratureUiIds.PART_SCREENING, prefix);
        int files = settings.literatureFiles().size();
        probe.await(display, () -> part() != null && records().getItemCount() == files && column(records(), 2).distinct().count() == 1,
                TestProbeAddon.PART_TIMEOUT_MILLIS, shown -> {
                    report.setProperty(prefix + ".shown", Boolean.toString(shown));
                    if (!shown) {
                        probe.afterAccounts(display);
                        return;
                    }
                    report.setProperty(prefix + ".rows.before", TestProbeAddon.rows(records()));
                    next.run();
                });
    }

    private void tagAndNote(Display display) {
        select(0);
        TestProbeAddon.typeIn(part(), ScreeningWidgetIds.KEY, ScreeningWidgetIds.TAG, TAG);
        TestProbeAddon.pressIn(part(), ScreeningWidgetIds.KEY, ScreeningWidgetIds.ADD_TAG);
        org.eclipse.swt.widgets.List tags = (org.eclipse.swt.widgets.List) find(ScreeningWidgetIds.TAGS);
        probe.await(display, () -> tags.getItemCount() == 1, TestProbeAddon.PART_TIMEOUT_MILLIS, tagged -> {
            report.setProperty("screening.first.tags", String.join(",", tags.getItems()));
            TestProbeAddon.typeIn(part(), ScreeningWidgetIds.KEY, ScreeningWidgetIds.NOTE, NOTE);
            TestProbeAddon.pressIn(part(), ScreeningWidgetIds.KEY, ScreeningWidgetIds.ADD_NOTE);
            org.eclipse.swt.widgets.List notes = (org.eclipse.swt.widgets.List) find(ScreeningWidgetIds.NOTES);
            probe.await(display, () -> notes.getItemCount() == 1, TestProbeAddon.PART_TIMEOUT_MILLIS, noted -> {
                report.setProperty("screening.first.notes", String.join("\n", notes.getItems()));
                // an exclusion without a reason is refused before anything is sent
                combo().setText("");
                TestProbeAddon.pressIn(part(), ScreeningWidgetIds.KEY, ScreeningWidgetIds.EXCLUDE);
                report.setProperty("screening.first.noreason.message", label(ScreeningWidgetIds.MESSAGE));
                report.setProperty("screening.first.noreason.row", TestProbeAddon.rows(records()).lines().findFirst().orElse(""));
                decide(display, "first", FIRST, 0, () -> {
                    report.setProperty("screening.first.rows", TestProbeAddon.rows(records()));
                    report.setProperty("screening.first.progress", label(ScreeningWidgetIds.PROGRESS));
                    probe.photographWindow(display, "screening.screenshot", "library-screening");
                    probe.signOutAndIn(display, settings.user(), settings.password(), PREFIX + ".admin",
                            () -> probe.signInAsNewAccount(display, settings.secondReviewer(), "researcher", PREFIX + ".second",
                                    () -> open(display, PREFIX + ".second", () -> second(display))));
                });
            });
        });
    }

    private void second(Display display) throws Exception {
        report.setProperty("screening.second.progress.before", label(ScreeningWidgetIds.PROGRESS));
        decide(display, "second", SECOND, 0, () -> {
            report.setProperty("screening.second.rows", TestProbeAddon.rows(records()));
            report.setProperty("screening.second.progress", label(ScreeningWidgetIds.PROGRESS));
            Table conflicts = (Table) find(ScreeningWidgetIds.CONFLICTS);
            report.setProperty("screening.conflicts.rows", TestProbeAddon.rows(conflicts));
            report.setProperty("screening.conflicts.status", label(ScreeningWidgetIds.CONFLICTS_STATUS));
            report.setProperty("screening.conflicts.recordid", conflicts.getItemCount() == 0 ? ""
                    : String.valueOf(conflicts.getItem(0).getData(ScreeningWidgetIds.RECORD_ID_KEY)));
            report.setProperty("screening.prisma.rows", TestProbeAddon.rows((Table) find(ScreeningWidgetIds.PRISMA)));
            reportService("screening.service");
            showTab(1);
            probe.afterPaint(display, () -> {
                probe.photographWindow(display, "screening.conflicts.screenshot", "library-conflicts");
                resolve(display, conflicts);
            });
        });
    }

    // The second reviewer screens the record in conflict again and includes it, as the first did: the conflict ends.
    private void resolve(Display display, Table conflicts) {
        conflicts.setSelection(0);
        conflicts.notifyListeners(SWT.Selection, new Event());
        TestProbeAddon.pressIn(part(), ScreeningWidgetIds.KEY, ScreeningWidgetIds.SCREEN_AGAIN);
        report.setProperty("screening.again.tab", Integer.toString(((TabFolder) find(ScreeningWidgetIds.TABS)).getSelectionIndex()));
        report.setProperty("screening.again.selected", records().getSelectionCount() == 1
                ? String.valueOf(records().getSelection()[0].getData(ScreeningWidgetIds.RECORD_ID_KEY)) : "");
        TestProbeAddon.pressIn(part(), ScreeningWidgetIds.KEY, ScreeningWidgetIds.INCLUDE);
        probe.await(display, () -> conflicts.getItemCount() == 0, TestProbeAddon.PART_TIMEOUT_MILLIS, resolved -> {
            report.setProperty("screening.resolved", Boolean.toString(resolved));
            report.setProperty("screening.resolved.status", label(ScreeningWidgetIds.CONFLICTS_STATUS));
            report.setProperty("screening.resolved.prisma.rows", TestProbeAddon.rows((Table) find(ScreeningWidgetIds.PRISMA)));
            reportService("screening.resolved.service");
            showTab(2);
            probe.afterPaint(display, () -> {
                probe.photographWindow(display, "screening.prisma.screenshot", "library-prisma");
                probe.afterAccounts(display);
            });
        });
    }

    // Decides about each row in turn, waiting each time until the row shows the reviewer's new decision.
    private void decide(Display display, String who, List<Step> plan, int row, TestProbeAddon.ThrowingRunnable next) throws Exception {
        if (row == plan.size()) {
            next.run();
            return;
        }
        select(row);
        String before = records().getItem(row).getText(2);
        Step step = plan.get(row);
        combo().setText(step.reason() < 0 ? "" : combo().getItem(step.reason()));
        if (step.button() != null) {
            TestProbeAddon.pressIn(part(), ScreeningWidgetIds.KEY, step.button());
        } else {
            Event key = new Event();
            key.character = '3';
            records().notifyListeners(SWT.KeyDown, key);
        }
        probe.await(display, () -> !records().getItem(row).getText(2).equals(before), TestProbeAddon.PART_TIMEOUT_MILLIS, decided -> {
            report.setProperty(PREFIX + "." + who + ".decided." + row, Boolean.toString(decided));
            decide(display, who, plan, row + 1, next);
        });
    }

    private void reportService(String key) {
        BundleContext context = FrameworkUtil.getBundle(ScreeningScenario.class).getBundleContext();
        ServiceReference<LiteratureScreening> reference = context.getServiceReference(LiteratureScreening.class);
        LiteratureScreening screening = reference == null ? null : context.getService(reference);
        if (screening == null) {
            report.setProperty(key + ".prisma", "no service");
            return;
        }
        try {
            PrismaCounts counts = screening.prisma(Optional.empty());
            report.setProperty(key + ".prisma", "identified=" + counts.identified() + ",screened=" + counts.screened()
                    + ",excluded=" + counts.excluded() + ",included=" + counts.included() + ",maybe=" + counts.maybe()
                    + ",conflicts=" + counts.inConflict() + ",undecided=" + counts.undecided()
                    + ",duplicates=" + (counts.duplicatesRemoved().isPresent() ? counts.duplicatesRemoved().getAsLong() : ""));
            report.setProperty(key + ".reasons", counts.excludedByReason().entrySet().stream()
                    .map(reason -> reason.getKey() + "=" + reason.getValue()).collect(Collectors.joining(",")));
            report.setProperty(key + ".conflicts", screening.conflicts(Optional.empty()).stream()
                    .map(conflict -> conflict.recordId()).collect(Collectors.joining(",")));
        } finally {
            context.ungetService(reference);
        }
    }

    private void select(int row) {
        Table records = records();
        records.setSelection(row);
        records.notifyListeners(SWT.Selection, new Event());
    }

    private void showTab(int index) {
        TabFolder tabs = (TabFolder) find(ScreeningWidgetIds.TABS);
        tabs.setSelection(index);
        tabs.notifyListeners(SWT.Selection, new Event());
    }

    private static Stream<String> column(Table table, int column) {
        return Stream.of(table.getItems()).map(item -> item.getText(column));
    }

    private Control part() {
        return probe.part(LiteratureUiIds.PART_SCREENING).getWidget() instanceof Control control && !control.isDisposed() ? control : null;
    }

    private Table records() {
        return (Table) find(ScreeningWidgetIds.RECORDS);
    }

    private Combo combo() {
        return (Combo) find(ScreeningWidgetIds.REASON);
    }

    // Shown by the part, though perhaps on a tab not in front.
    private String label(String id) {
        return find(id) instanceof Label label && label.getVisible() ? label.getText() : "";
    }

    private Control find(String id) {
        if (!(TestProbeAddon.find(part(), id, ScreeningWidgetIds.KEY) instanceof Control found)) {
            throw new IllegalStateException("no control " + id);
        }
        return found;
    }
}
