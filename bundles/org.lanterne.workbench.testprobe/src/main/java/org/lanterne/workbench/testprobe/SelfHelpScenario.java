package org.lanterne.workbench.testprobe;

import java.util.Properties;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.lanterne.selfhelp.ui.SelfHelpUiIds;
import org.lanterne.selfhelp.ui.SelfHelpWidgetIds;

/**
 * The self-help programmes as a programme lead sees them: added through the Accounts part and
 * signed in, the lead opens Window &gt; Self-help programmes, which reads the indicators of the
 * first programme. The programmes offered, the summary, the tables and whether "Shared with me" is
 * shown are reported, and the part photographed.
 */
final class SelfHelpScenario {

    private static final String PREFIX = "selfhelp";

    private final TestProbeAddon probe;
    private final Properties report;

    SelfHelpScenario(TestProbeAddon probe, Properties report) {
        this.probe = probe;
        this.report = report;
    }

    void start(Display display) {
        // the administrator reads no aggregate: no Window > Self-help programmes for them
        report.setProperty("selfhelp.admin.menuitem.rendered", Boolean.toString(probe.menuItem(SelfHelpUiIds.MENU_ITEM_SELF_HELP) != null));
        probe.signInAsNewAccount(display, "programme_lead", PREFIX, () -> open(display));
    }

    private void open(Display display) {
        probe.chooseWindowItem(SelfHelpUiIds.MENU_ITEM_SELF_HELP, SelfHelpUiIds.PART_SELF_HELP, PREFIX);
        probe.await(display, () -> part() != null && (!label(SelfHelpWidgetIds.SUMMARY).isEmpty() || !label(SelfHelpWidgetIds.NOTICE).isEmpty()),
                TestProbeAddon.PART_TIMEOUT_MILLIS, shown -> {
                    report.setProperty("selfhelp.shown", Boolean.toString(shown));
                    if (!shown) {
                        probe.afterAccounts(display);
                        return;
                    }
                    report.setProperty("selfhelp.perspective", probe.perspectiveOf(SelfHelpUiIds.PART_SELF_HELP));
                    report.setProperty("selfhelp.notice", label(SelfHelpWidgetIds.NOTICE));
                    Combo programmes = (Combo) find(SelfHelpWidgetIds.PROGRAMME);
                    report.setProperty("selfhelp.programmes", String.join("|", programmes.getItems()));
                    report.setProperty("selfhelp.programme", programmes.getText());
                    report.setProperty("selfhelp.summary", label(SelfHelpWidgetIds.SUMMARY));
                    for (String table : new String[] { SelfHelpWidgetIds.BY_WEEK, SelfHelpWidgetIds.BY_MONTH, SelfHelpWidgetIds.MODULES,
                            SelfHelpWidgetIds.QUESTIONNAIRES }) {
                        report.setProperty("selfhelp." + table, TestProbeAddon.rows((Table) find(table)));
                    }
                    report.setProperty("selfhelp.shared.visible", Boolean.toString(find(SelfHelpWidgetIds.SHARED).isVisible()));
                    probe.afterPaint(display, () -> {
                        probe.photographWindow(display, "selfhelp.screenshot", "selfhelp");
                        probe.afterAccounts(display);
                    });
                });
    }

    private Control part() {
        return probe.part(SelfHelpUiIds.PART_SELF_HELP).getWidget() instanceof Control control && !control.isDisposed() ? control : null;
    }

    private String label(String id) {
        return find(id) instanceof Label label && label.isVisible() ? label.getText() : "";
    }

    private Control find(String id) {
        if (!(TestProbeAddon.find(part(), id, SelfHelpWidgetIds.KEY) instanceof Control found)) {
            throw new IllegalStateException("no control " + id);
        }
        return found;
    }
}
