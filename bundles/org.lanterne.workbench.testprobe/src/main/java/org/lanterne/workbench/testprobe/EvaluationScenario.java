package org.lanterne.workbench.testprobe;

import java.util.Properties;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.lanterne.evaluation.ui.EvaluationUiIds;
import org.lanterne.evaluation.ui.EvaluationWidgetIds;

/**
 * Programme evaluation as a programme lead sees it on the demo cohort: added through the Accounts
 * part and signed in, the lead opens Window &gt; Programme evaluation, which reads the indicators of
 * the first programme without a split; the probe reports the programmes, the summary, every table
 * and whether the charts are drawn, photographs the part, then splits by age band, reports the
 * enrolments again and photographs it once more.
 */
final class EvaluationScenario {

    private static final String PREFIX = "evaluation";
    private static final String[] TABLES = { EvaluationWidgetIds.BY_MONTH, EvaluationWidgetIds.BY_SITE, EvaluationWidgetIds.BY_AGE_BAND,
            EvaluationWidgetIds.BY_REFERRAL, EvaluationWidgetIds.FUNNEL, EvaluationWidgetIds.CHANGE, EvaluationWidgetIds.ACCURACY,
            EvaluationWidgetIds.CALIBRATION, EvaluationWidgetIds.SURVIVAL };
    /** The position of "age band" in the split choice: the order of the Subgroup constants. */
    private static final int AGE_BAND = 2;

    private final TestProbeAddon probe;
    private final Properties report;

    EvaluationScenario(TestProbeAddon probe, Properties report) {
        this.probe = probe;
        this.report = report;
    }

    void start(Display display) {
        // the administrator reads no aggregate: no Window > Programme evaluation for them
        report.setProperty("evaluation.admin.menuitem.rendered", Boolean.toString(probe.menuItem(EvaluationUiIds.MENU_ITEM_EVALUATION) != null));
        probe.signInAsNewAccount(display, "programme_lead", PREFIX, () -> open(display));
    }

    private void open(Display display) {
        probe.chooseWindowItem(EvaluationUiIds.MENU_ITEM_EVALUATION, EvaluationUiIds.PART_EVALUATION, PREFIX);
        probe.await(display, () -> part() != null && (!label(EvaluationWidgetIds.SUMMARY).isEmpty() || !label(EvaluationWidgetIds.NOTICE).isEmpty()),
                TestProbeAddon.PART_TIMEOUT_MILLIS, shown -> {
                    report.setProperty("evaluation.shown", Boolean.toString(shown));
                    if (!shown) {
                        probe.afterAccounts(display);
                        return;
                    }
                    report.setProperty("evaluation.perspective", probe.perspectiveOf(EvaluationUiIds.PART_EVALUATION));
                    report.setProperty("evaluation.notice", label(EvaluationWidgetIds.NOTICE));
                    report.setProperty("evaluation.recorded", label(EvaluationWidgetIds.RECORDED_SESSIONS));
                    Combo programmes = (Combo) find(EvaluationWidgetIds.PROGRAMME);
                    report.setProperty("evaluation.programmes", String.join("|", programmes.getItems()));
                    report.setProperty("evaluation.programme", programmes.getText());
                    report.setProperty("evaluation.subgroups", String.join("|", ((Combo) find(EvaluationWidgetIds.SUBGROUP)).getItems()));
                    reportShown("evaluation");
                    probe.afterPaint(display, () -> {
                        probe.photographWindow(display, "evaluation.screenshot", "evaluation");
                        splitByAgeBand(display);
                    });
                });
    }

    private void splitByAgeBand(Display display) {
        Combo subgroup = (Combo) find(EvaluationWidgetIds.SUBGROUP);
        subgroup.select(AGE_BAND);
        subgroup.notifyListeners(SWT.Selection, null);
        report.setProperty("evaluation.split.subgroup", subgroup.getText());
        reportShown("evaluation.split");
        probe.afterPaint(display, () -> {
            probe.photographWindow(display, "evaluation.split.screenshot", "evaluation-by-age-band");
            probe.afterAccounts(display);
        });
    }

    private void reportShown(String prefix) {
        report.setProperty(prefix + ".summary", label(EvaluationWidgetIds.SUMMARY));
        report.setProperty(prefix + ".logrank", label(EvaluationWidgetIds.LOG_RANK));
        for (String table : TABLES) {
            Control found = TestProbeAddon.find(part(), table, EvaluationWidgetIds.KEY) instanceof Control control ? control : null;
            report.setProperty(prefix + "." + table, found instanceof Table rows ? TestProbeAddon.rows(rows) : "");
        }
        for (String chart : new String[] { EvaluationWidgetIds.ENROLMENT_CHART, EvaluationWidgetIds.SURVIVAL_CHART }) {
            Control canvas = find(chart);
            report.setProperty(prefix + "." + chart + ".drawn", Boolean.toString(canvas.isVisible() && canvas.getSize().x > 0 && canvas.getSize().y > 0));
        }
    }

    private Control part() {
        return probe.part(EvaluationUiIds.PART_EVALUATION).getWidget() instanceof Control control && !control.isDisposed() ? control : null;
    }

    private String label(String id) {
        return find(id) instanceof Label label && label.isVisible() ? label.getText() : "";
    }

    private Control find(String id) {
        if (!(TestProbeAddon.find(part(), id, EvaluationWidgetIds.KEY) instanceof Control found)) {
            throw new IllegalStateException("no control " + id);
        }
        return found;
    }
}
