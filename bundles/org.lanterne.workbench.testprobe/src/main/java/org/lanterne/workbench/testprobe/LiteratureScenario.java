package org.lanterne.workbench.testprobe;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.lanterne.literature.ui.LiteratureUiIds;
import org.lanterne.literature.ui.LiteratureWidgetIds;

/**
 * The literature library as a researcher uses it: added through the Accounts part and signed in,
 * the researcher opens Window &gt; Library, imports files through the import window and waits for
 * its report, types a word into the search box, ticks a year, selects the first result and asks
 * for records like it. Every step is reported, and the library and the preview photographed.
 */
final class LiteratureScenario {

    private static final String PREFIX = "library";
    private static final int IMPORT_TIMEOUT_MILLIS = 60_000;
    private static final String YEAR_BOX = LiteratureWidgetIds.FACET_PREFIX + "YEAR=";

    private final TestProbeAddon probe;
    private final ProbeSettings settings;
    private final Properties report;

    LiteratureScenario(TestProbeAddon probe, ProbeSettings settings, Properties report) {
        this.probe = probe;
        this.settings = settings;
        this.report = report;
    }

    void start(Display display) {
        // the administrator does not read the library: no Window > Library for them
        report.setProperty("library.admin.menuitem.rendered",
                Boolean.toString(probe.menuItem(LiteratureUiIds.MENU_ITEM_LIBRARY) != null));
        probe.signInAsNewAccount(display, "researcher", PREFIX, () -> importThen(display, () -> search(display)));
    }

    /** Opens Window &gt; Library as the signed-in researcher, imports the files through the import window, then goes on. */
    void importThen(Display display, TestProbeAddon.ThrowingRunnable next) {
        probe.chooseWindowItem(LiteratureUiIds.MENU_ITEM_LIBRARY, LiteratureUiIds.PART_LIBRARY, PREFIX);
        probe.await(display, () -> answered() != null, TestProbeAddon.PART_TIMEOUT_MILLIS, shown -> {
            report.setProperty("library.shown", Boolean.toString(shown));
            if (!shown) {
                probe.afterAccounts(display);
                return;
            }
            report.setProperty("library.perspective", probe.perspectiveOf(LiteratureUiIds.PART_LIBRARY));
            report.setProperty("library.notice", label(LiteratureWidgetIds.NOTICE));
            report.setProperty("library.import.visible", Boolean.toString(find(part(), LiteratureWidgetIds.IMPORT).isVisible()));
            TestProbeAddon.pressIn(part(), LiteratureWidgetIds.KEY, LiteratureWidgetIds.IMPORT);
            probe.await(display, () -> importShell(display) != null, TestProbeAddon.PART_TIMEOUT_MILLIS, opened -> importFiles(display, next));
        });
    }

    private void importFiles(Display display, TestProbeAddon.ThrowingRunnable next) {
        Shell window = importShell(display);
        for (Path file : settings.literatureFiles()) {
            TestProbeAddon.typeIn(window, LiteratureWidgetIds.KEY, LiteratureWidgetIds.IMPORT_PATH, file.toString());
            TestProbeAddon.pressIn(window, LiteratureWidgetIds.KEY, LiteratureWidgetIds.IMPORT_ADD);
        }
        report.setProperty("library.import.listed", Integer.toString(
                ((org.eclipse.swt.widgets.List) find(window, LiteratureWidgetIds.IMPORT_LIST)).getItemCount()));
        TestProbeAddon.pressIn(window, LiteratureWidgetIds.KEY, LiteratureWidgetIds.IMPORT_START);
        Table outcomes = (Table) find(window, LiteratureWidgetIds.IMPORT_REPORT);
        probe.await(display, () -> outcomes.getItemCount() == settings.literatureFiles().size(), IMPORT_TIMEOUT_MILLIS, done -> {
            ProgressBar progress = (ProgressBar) find(window, LiteratureWidgetIds.IMPORT_PROGRESS);
            report.setProperty("library.import.progress", progress.getSelection() + "/" + progress.getMaximum());
            report.setProperty("library.import.status", ((Label) find(window, LiteratureWidgetIds.IMPORT_STATUS)).getText());
            report.setProperty("library.import.report", TestProbeAddon.rows(outcomes));
            report.setProperty("library.import.cancel.enabled", Boolean.toString(find(window, LiteratureWidgetIds.IMPORT_CANCEL).isEnabled()));
            report.setProperty("library.import.screenshot", TestProbeAddon.photograph(display, window,
                    settings.namedScreenshot("library-import")).toString());
            window.close();
            next.run();
        });
    }

    // Types the word in two goes, quicker than the pause the part waits for: only the whole word is searched.
    private void search(Display display) {
        String word = settings.literatureQuery();
        TestProbeAddon.typeIn(part(), LiteratureWidgetIds.KEY, LiteratureWidgetIds.QUERY, word.substring(0, word.length() / 2));
        TestProbeAddon.typeIn(part(), LiteratureWidgetIds.KEY, LiteratureWidgetIds.QUERY, word);
        String expected = "(" + word + ")";
        probe.await(display, () -> expected.equals(answered()), TestProbeAddon.PART_TIMEOUT_MILLIS, answered -> {
            report.setProperty("library.search.answered", String.valueOf(answered()));
            report.setProperty("library.search.status", label(LiteratureWidgetIds.STATUS));
            report.setProperty("library.search.rows", TestProbeAddon.rows(results()));
            probe.photographWindow(display, "library.screenshot", "library");
            Button year = firstYearBox((Composite) find(part(), LiteratureWidgetIds.FACETS));
            report.setProperty("library.facet.name", String.valueOf(year.getData(LiteratureWidgetIds.KEY)));
            report.setProperty("library.facet.label", year.getText());
            year.setSelection(true);
            year.notifyListeners(SWT.Selection, new Event());
            probe.await(display, () -> String.valueOf(answered()).contains("year:"), TestProbeAddon.PART_TIMEOUT_MILLIS,
                    filtered -> preview(display));
        });
    }

    private void preview(Display display) throws IOException {
        report.setProperty("library.filtered.answered", String.valueOf(answered()));
        report.setProperty("library.filtered.status", label(LiteratureWidgetIds.STATUS));
        report.setProperty("library.filtered.rows", TestProbeAddon.rows(results()));
        Table results = results();
        results.setSelection(0);
        results.notifyListeners(SWT.Selection, new Event());
        StyledText preview = (StyledText) find(part(), LiteratureWidgetIds.PREVIEW);
        String passages = preview.getText();
        report.setProperty("library.preview.text", passages);
        report.setProperty("library.preview.highlighted", highlighted(preview));
        // then the whole text, marked by the library off the UI thread
        probe.await(display, () -> !preview.getText().equals(passages), TestProbeAddon.PART_TIMEOUT_MILLIS, whole -> {
            report.setProperty("library.preview.whole", preview.getText());
            report.setProperty("library.preview.whole.highlighted", highlighted(preview));
            similar(display);
        });
    }

    private static String highlighted(StyledText preview) {
        return Arrays.stream(preview.getStyleRanges()).filter(style -> style.background != null)
                .map(style -> preview.getText(style.start, style.start + style.length - 1)).collect(Collectors.joining(","));
    }

    private void similar(Display display) {
        probe.afterPaint(display, () -> {
            probe.photographWindow(display, "library.preview.screenshot", "library-preview");
            TestProbeAddon.pressIn(part(), LiteratureWidgetIds.KEY, LiteratureWidgetIds.MORE_LIKE_THIS);
            Table similar = (Table) find(part(), LiteratureWidgetIds.SIMILAR);
            probe.await(display, similar::isVisible, TestProbeAddon.PART_TIMEOUT_MILLIS, shown -> {
                report.setProperty("library.similar.rows", TestProbeAddon.rows(similar));
                probe.afterAccounts(display);
            });
        });
    }

    private static Button firstYearBox(Composite facets) {
        for (Control group : facets.getChildren()) {
            if (group instanceof Composite values) {
                for (Control box : values.getChildren()) {
                    if (box instanceof Button button && String.valueOf(button.getData(LiteratureWidgetIds.KEY)).startsWith(YEAR_BOX)) {
                        return button;
                    }
                }
            }
        }
        throw new IllegalStateException("the Library part offers no year to filter by");
    }

    private Control part() {
        return probe.part(LiteratureUiIds.PART_LIBRARY).getWidget() instanceof Control control && !control.isDisposed() ? control : null;
    }

    private Table results() {
        return (Table) find(part(), LiteratureWidgetIds.RESULTS);
    }

    // The query the results answer, once they do; null until the part is shown and has searched.
    private String answered() {
        Control part = part();
        return part == null ? null : (String) find(part, LiteratureWidgetIds.RESULTS).getData(LiteratureWidgetIds.ANSWERED_KEY);
    }

    private String label(String id) {
        return find(part(), id) instanceof Label label && label.isVisible() ? label.getText() : "";
    }

    private static Shell importShell(Display display) {
        return Arrays.stream(display.getShells())
                .filter(shell -> !shell.isDisposed() && LiteratureWidgetIds.IMPORT_SHELL.equals(shell.getData(LiteratureWidgetIds.KEY)))
                .findFirst().orElse(null);
    }

    private static Control find(Control control, String id) {
        if (!(TestProbeAddon.find(control, id, LiteratureWidgetIds.KEY) instanceof Control found)) {
            throw new IllegalStateException("no control " + id);
        }
        return found;
    }
}
