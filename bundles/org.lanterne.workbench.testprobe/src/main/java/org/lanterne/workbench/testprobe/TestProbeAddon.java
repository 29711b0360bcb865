package org.lanterne.workbench.testprobe;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Looks into the running workbench for the UI tests. Inert unless {@link ProbeSettings#REPORT} is
 * set. Everything runs on the UI thread in short steps scheduled with {@link Display#timerExec},
 * so the workbench keeps painting between them.
 */
public class TestProbeAddon {

    private static final int SETTLE_MILLIS = 1500;
    private static final int POLL_MILLIS = 250;
    private static final int STABLE_MILLIS = 2000;
    private static final int PART_TIMEOUT_MILLIS = 30_000;

    private final ProbeSettings settings = ProbeSettings.from(System.getProperties());
    private final Properties report = new Properties();

    @Inject
    MApplication application;

    @Inject
    EModelService modelService;

    @Inject
    @Optional
    void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        if (!settings.active()) {
            return;
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        report.setProperty("startup.millis", Long.toString(System.currentTimeMillis() - jvmStart));
        Display display = Display.getCurrent();
        // Let the first layout and paint happen before looking and photographing.
        display.timerExec(SETTLE_MILLIS, () -> guarded(() -> inspect(display)));
    }

    private void inspect(Display display) throws IOException {
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement()
                : application.getChildren().get(0);
        report.setProperty("window.id", String.valueOf(window.getElementId()));
        report.setProperty("window.label", String.valueOf(window.getLocalizedLabel()));
        Shell shell = (Shell) window.getWidget();
        report.setProperty("window.rendered", Boolean.toString(shell != null));
        if (shell != null) {
            report.setProperty("window.title", shell.getText());
            report.setProperty("window.visible", Boolean.toString(shell.isVisible()));
            report.setProperty("window.rightToLeft", Boolean.toString((shell.getStyle() & SWT.RIGHT_TO_LEFT) != 0));
            Rectangle bounds = shell.getBounds();
            report.setProperty("window.size", bounds.width + "x" + bounds.height);
            if (shell.getMenuBar() != null) {
                report.setProperty("menubar.labels", List.of(shell.getMenuBar().getItems()).stream()
                        .map(MenuItem::getText).collect(Collectors.joining("|")));
            }
        }

        MPerspective active = modelService.getActivePerspective(window);
        report.setProperty("perspective.active", active == null ? "" : active.getElementId());
        report.setProperty("perspective.active.label", active == null ? "" : String.valueOf(active.getLocalizedLabel()));
        report.setProperty("perspectives", ids(modelService.findElements(application, null, MPerspective.class)));
        report.setProperty("parts", ids(modelService.findElements(application, null, MPart.class)));
        report.setProperty("parts.rendered", ids(modelService.findElements(application, null, MPart.class).stream()
                .filter(part -> part.getWidget() != null).toList()));
        report.setProperty("menu.items", ids(modelService.findElements(application, null, MMenuElement.class, null,
                EModelService.ANYWHERE | EModelService.IN_MAIN_MENU)));

        for (MPart part : modelService.findElements(application, null, MPart.class)) {
            if (part.getWidget() instanceof Control control && !control.isDisposed()) {
                report.setProperty("part." + part.getElementId() + ".visible", Boolean.toString(control.isVisible()));
                report.setProperty("part." + part.getElementId() + ".text", text(control));
            }
        }

        if (shell != null && settings.screenshot() != null) {
            report.setProperty("screenshot", photograph(display, shell, settings.screenshot()).toString());
        }
        showParts(display, new ArrayDeque<>(settings.showParts()));
    }

    // Brings each part forward in turn, waits for its content, then reports.
    private void showParts(Display display, Deque<String> pending) throws IOException {
        String partId = pending.poll();
        if (partId == null) {
            finish();
            return;
        }
        List<MPart> found = modelService.findElements(application, partId, MPart.class);
        if (found.isEmpty()) {
            report.setProperty("show." + partId, "absent");
            showParts(display, pending);
            return;
        }
        MPart part = found.get(0);
        EPartService partService = partService(part);
        MPerspective perspective = modelService.getPerspectiveFor(part);
        if (perspective != null) {
            partService.switchPerspective(perspective);
        }
        partService.showPart(part, PartState.ACTIVATE);
        long deadline = System.currentTimeMillis() + PART_TIMEOUT_MILLIS;
        awaitContent(display, part, pending, deadline, "", System.currentTimeMillis());
    }

    private void awaitContent(Display display, MPart part, Deque<String> pending, long deadline, String lastText,
            long lastChange) {
        display.timerExec(POLL_MILLIS, () -> guarded(() -> {
            String text = part.getWidget() instanceof Control control ? text(control) : "";
            long now = System.currentTimeMillis();
            long changed = text.equals(lastText) ? lastChange : now;
            boolean expected = settings.waitFor() == null || text.contains(settings.waitFor());
            boolean stable = now - changed >= STABLE_MILLIS;
            if ((expected && stable) || now > deadline) {
                String partId = part.getElementId();
                report.setProperty("show." + partId, part.getWidget() != null ? "rendered" : "not rendered");
                report.setProperty("show." + partId + ".text", text);
                MPerspective perspective = modelService.getPerspectiveFor(part);
                report.setProperty("show." + partId + ".perspective", perspective == null ? "" : perspective.getElementId());
                Shell shell = part.getWidget() instanceof Control control ? control.getShell() : null;
                Path screenshot = settings.partScreenshot(partId);
                if (shell != null && screenshot != null) {
                    report.setProperty("show." + partId + ".screenshot", photograph(display, shell, screenshot).toString());
                }
                showParts(display, pending);
            } else {
                awaitContent(display, part, pending, deadline, text, changed);
            }
        }));
    }

    private EPartService partService(MPart part) {
        MWindow window = modelService.getTopLevelWindowFor(part);
        return window.getContext().get(EPartService.class);
    }

    private void finish() throws IOException {
        report.setProperty("probe.completed", "true");
        writeReport();
        if (settings.close()) {
            closeWorkbench();
        }
    }

    private void guarded(ThrowingRunnable step) {
        try {
            step.run();
        } catch (Exception | LinkageError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            report.setProperty("probe.error", trace.toString());
            try {
                writeReport();
            } catch (IOException writeFailure) {
                writeFailure.printStackTrace();
            }
            closeWorkbench();
        }
    }

    // The workbench service exists only once the workbench runs, after addons are created.
    private void closeWorkbench() {
        application.getContext().get(IWorkbench.class).close();
    }

    // Written to a temporary file first, so a reader never sees half a report.
    private void writeReport() throws IOException {
        Path target = settings.report().toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            report.store(out, "Lanterne workbench test probe");
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path photograph(Display display, Shell shell, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        shell.update();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return file;
    }

    /** @return the texts shown by {@code control} and its children, one per line */
    static String text(Control control) {
        StringBuilder out = new StringBuilder();
        collect(control, out);
        return out.toString();
    }

    private static void collect(Control control, StringBuilder out) {
        String text = switch (control) {
            case Label label -> label.getText();
            case StyledText styled -> styled.getText();
            case Text field -> field.getText();
            case Button button -> button.getText();
            default -> null;
        };
        if (text != null && !text.isEmpty()) {
            out.append(text).append('\n');
        }
        if (control instanceof Table table) {
            for (TableItem item : table.getItems()) {
                for (int column = 0; column < Math.max(1, table.getColumnCount()); column++) {
                    out.append(item.getText(column)).append('\t');
                }
                out.append('\n');
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, out);
            }
        }
    }

    private static String ids(List<? extends MUIElement> elements) {
        return elements.stream().map(MUIElement::getElementId).filter(id -> id != null)
                .collect(Collectors.joining(","));
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
