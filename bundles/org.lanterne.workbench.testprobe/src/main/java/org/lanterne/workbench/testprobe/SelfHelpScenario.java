package org.lanterne.workbench.testprobe;

import java.util.Properties;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.lanterne.selfhelp.api.ParticipantSession;
import org.lanterne.selfhelp.api.Profile;
import org.lanterne.selfhelp.api.SelfHelpParticipants;
import org.lanterne.selfhelp.ui.SelfHelpUiIds;
import org.lanterne.selfhelp.ui.SelfHelpWidgetIds;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The self-help programmes as a programme lead sees them: added through the Accounts part and
 * signed in, the lead opens Window &gt; Self-help programmes, which reads the indicators of the
 * first programme. Before, {@link #PARTICIPANTS} anonymous participants enrol in it through the
 * service, as the participant page's server would, all finishing its first module and
 * {@link #FINISHING} both, so that the part shows counts and a withheld count. The programmes offered, the summary, the tables and whether "Shared with me" is
 * shown are reported, and the part photographed.
 */
final class SelfHelpScenario {

    private static final String PREFIX = "selfhelp";
    private static final String PROGRAMME = "parents-worried";
    static final int PARTICIPANTS = 7;
    static final int FINISHING = 2;

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
        report.setProperty("selfhelp.enrolled", Integer.toString(enrolParticipants()));
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

    private static int enrolParticipants() {
        BundleContext context = FrameworkUtil.getBundle(SelfHelpScenario.class).getBundleContext();
        ServiceReference<SelfHelpParticipants> reference = context.getServiceReference(SelfHelpParticipants.class);
        SelfHelpParticipants participants = reference == null ? null : context.getService(reference);
        if (participants == null) {
            return 0;
        }
        try {
            for (int i = 0; i < PARTICIPANTS; i++) {
                ParticipantSession session = participants.enrol(PROGRAMME, "en", true, Profile.NONE, null).session();
                participants.moduleDone(session, "understanding");
                if (i < FINISHING) {
                    participants.moduleDone(session, "next-steps");
                }
                participants.signOut(session);
            }
            return PARTICIPANTS;
        } finally {
            context.ungetService(reference);
        }
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
