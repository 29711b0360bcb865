package org.lanterne.workbench.testprobe;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
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
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.lanterne.accounts.ui.AccountsUiIds;
import org.lanterne.accounts.ui.AccountsWidgetIds;
import org.lanterne.instruments.ui.InstrumentsUiIds;
import org.lanterne.instruments.ui.InstrumentsWidgetIds;
import org.lanterne.workbench.SignInIds;
import org.lanterne.workbench.SignInIds.Mode;
import org.lanterne.workbench.WorkbenchIds;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Looks into the running workbench for the UI tests. Inert unless {@link ProbeSettings#REPORT} is
 * set. Everything runs on the UI thread in short steps scheduled with {@link Display#timerExec},
 * so the workbench keeps painting between them.
 * <p>
 * The probe first reports the sign-in window and what is rendered behind it, then signs in as a
 * user would: it finds the window's fields by their {@link SignInIds} names, types into them and
 * presses the button (creating the first administrator when the installation has no account).
 * Only then does it report the workbench. With {@link ProbeSettings#lock()} it then waits, without
 * any input, for the window to lock, and unlocks it with the password. With
 * {@link ProbeSettings#administersAccounts()} it opens Window &gt; Accounts and adds and disables
 * an account through the Accounts part's form, finding its controls by their names. With
 * {@link ProbeSettings#assesses()} it adds a clinician the same way, signs in with it, opens
 * Window &gt; Assessments, fills in and saves STATIC-99R for the participant code, and drops a
 * definition file into the instruments folder to see it offered. With
 * {@link ProbeSettings#searchesLiterature()} it adds a researcher and runs the
 * {@link LiteratureScenario}; with {@link ProbeSettings#screensLiterature()} it adds two researchers in turn
 * and runs the {@link ScreeningScenario}; with {@link ProbeSettings#readsSelfHelp()} it adds a programme lead
 * and runs the {@link SelfHelpScenario}; with {@link ProbeSettings#readsEvaluation()} it adds a
 * programme lead and runs the {@link EvaluationScenario}; with {@link ProbeSettings#writesNotes()} it adds a clinician and runs
 * the {@link NotesScenario}, whose later runs it starts with {@link ProbeSettings#recoversNotes()},
 * {@link ProbeSettings#resumesAmendment()} and {@link ProbeSettings#supervisesNotes()}.
 */
public class TestProbeAddon {

    private static final int SETTLE_MILLIS = 1500;
    private static final int POLL_MILLIS = 250;
    private static final int STABLE_MILLIS = 2000;
    static final int PART_TIMEOUT_MILLIS = 30_000;
    private static final int SIGN_IN_TIMEOUT_MILLIS = 30_000;
    private static final int LOCK_TIMEOUT_MILLIS = 60_000;
    private static final int PAINT_MILLIS = 500;
    // the instruments folder is looked at every 2 s by default
    private static final int DROP_TIMEOUT_MILLIS = 20_000;
    private static final String STATIC_99R = "static-99r";

    private final ProbeSettings settings = ProbeSettings.from(System.getProperties());
    private final Properties report = new Properties();
    private long signedInAt;

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
        display.timerExec(SETTLE_MILLIS, () -> guarded(() -> beforeSignIn(display)));
    }

    // What is shown before anyone signs in: the sign-in window, and nothing rendered behind it.
    private void beforeSignIn(Display display) {
        await(display, () -> mode(display) == Mode.BOOTSTRAP || mode(display) == Mode.SIGN_IN, SIGN_IN_TIMEOUT_MILLIS, ready -> {
            Shell dialog = signInShell(display);
            Mode mode = mode(display);
            report.setProperty("signin.before.mode", mode == null ? "none" : mode.name());
            report.setProperty("signin.before.parts.rendered", renderedParts());
            if (dialog != null) {
                report.setProperty("signin.before.text", text(dialog));
                report.setProperty("signin.shell.modal", Boolean.toString((dialog.getStyle() & SWT.APPLICATION_MODAL) != 0));
                report.setProperty("signin.shell.rightToLeft", Boolean.toString((dialog.getStyle() & SWT.RIGHT_TO_LEFT) != 0));
                photographWindow(display, "signin.before.screenshot", "signin-" + mode.name().toLowerCase());
            }
            if (!ready || !settings.signsIn()) {
                finish(display);
            } else if (mode == Mode.BOOTSTRAP) {
                createAdministrator(display);
            } else {
                refusals(display);
            }
        });
    }

    private void createAdministrator(Display display) throws IOException {
        Shell dialog = signInShell(display);
        type(dialog, SignInIds.NAME, settings.user());
        type(dialog, SignInIds.PASSWORD, settings.password());
        type(dialog, SignInIds.REPEAT, settings.password());
        press(dialog, SignInIds.SUBMIT);
        await(display, () -> mode(display) == Mode.SIGN_IN, SIGN_IN_TIMEOUT_MILLIS, created -> {
            report.setProperty("bootstrap.mode.after", String.valueOf(mode(display)));
            report.setProperty("bootstrap.message", message(display));
            report.setProperty("bootstrap.name.filled", find(signInShell(display), SignInIds.NAME) instanceof Text name
                    ? name.getText() : "");
            photographWindow(display, "bootstrap.screenshot", "signin");
            refusals(display);
        });
    }

    // A wrong password, then an unknown name: both refused, and the workbench stays closed.
    private void refusals(Display display) throws IOException {
        if (!settings.refusals()) {
            signIn(display);
            return;
        }
        attempt(display, settings.user(), "wrong-" + settings.password());
        await(display, () -> !message(display).isEmpty(), SIGN_IN_TIMEOUT_MILLIS, refused -> {
            report.setProperty("refused.wrongpassword.message", message(display));
            report.setProperty("refused.wrongpassword.mode", String.valueOf(mode(display)));
            report.setProperty("refused.wrongpassword.parts.rendered", renderedParts());
            photographWindow(display, "refused.screenshot", "signin-refused");
            attempt(display, "nobody-" + settings.user(), settings.password());
            await(display, () -> !message(display).isEmpty(), SIGN_IN_TIMEOUT_MILLIS, refusedAgain -> {
                report.setProperty("refused.unknownname.message", message(display));
                report.setProperty("refused.unknownname.mode", String.valueOf(mode(display)));
                report.setProperty("refused.unknownname.parts.rendered", renderedParts());
                photographWindow(display, "refused.unknownname.screenshot", "signin-refused-unknown");
                signIn(display);
            });
        });
    }

    private void signIn(Display display) throws IOException {
        attempt(display, settings.user(), settings.password());
        await(display, () -> signInShell(display) == null && welcomeControl() != null, SIGN_IN_TIMEOUT_MILLIS, signedIn -> {
            report.setProperty("signin.completed", Boolean.toString(signedIn));
            report.setProperty("signin.millis", Long.toString(System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime()));
            if (!signedIn) {
                report.setProperty("signin.failed.message", message(display));
                finish(display);
                return;
            }
            signedInAt = System.nanoTime();
            display.timerExec(SETTLE_MILLIS, () -> guarded(() -> inspect(display)));
        });
    }

    // Waits without any input until the window locks, then unlocks it with the password.
    private void lockAndUnlock(Display display) {
        await(display, () -> mode(display) == Mode.UNLOCK, LOCK_TIMEOUT_MILLIS, locked -> {
            report.setProperty("lock.mode", String.valueOf(mode(display)));
            report.setProperty("lock.after.millis", Long.toString((System.nanoTime() - signedInAt) / 1_000_000));
            Control welcome = welcomeControl();
            report.setProperty("lock.part.welcome.rendered", Boolean.toString(welcome != null));
            report.setProperty("lock.part.welcome.visible", Boolean.toString(welcome != null && welcome.isVisible()));
            if (!locked) {
                finish(display);
                return;
            }
            report.setProperty("lock.text", text(signInShell(display)));
            photographWindow(display, "lock.screenshot", "lock");
            Shell dialog = signInShell(display);
            type(dialog, SignInIds.PASSWORD, settings.password());
            press(dialog, SignInIds.SUBMIT);
            await(display, () -> signInShell(display) == null && welcomeControl() != null && welcomeControl().isVisible(),
                    SIGN_IN_TIMEOUT_MILLIS, unlocked -> {
                        report.setProperty("unlock.completed", Boolean.toString(unlocked));
                        report.setProperty("unlock.part.welcome.visible",
                                Boolean.toString(welcomeControl() != null && welcomeControl().isVisible()));
                        report.setProperty("unlock.trim.text", trimText());
                        photographWindow(display, "unlock.screenshot", "unlocked");
                        finish(display);
                    });
        });
    }

    private void attempt(Display display, String name, String password) {
        Shell dialog = signInShell(display);
        type(dialog, SignInIds.NAME, name);
        type(dialog, SignInIds.PASSWORD, password);
        press(dialog, SignInIds.SUBMIT);
    }

    private Shell signInShell(Display display) {
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && SignInIds.SHELL.equals(shell.getData(SignInIds.KEY))) {
                return shell;
            }
        }
        return null;
    }

    private Mode mode(Display display) {
        Shell shell = signInShell(display);
        return shell == null || shell.getData(SignInIds.MODE_KEY) == null ? null
                : Mode.valueOf((String) shell.getData(SignInIds.MODE_KEY));
    }

    private String message(Display display) {
        Shell shell = signInShell(display);
        return shell != null && find(shell, SignInIds.MESSAGE) instanceof Label label ? label.getText() : "";
    }

    private static Widget find(Control control, String id) {
        return find(control, id, SignInIds.KEY);
    }

    static Widget find(Control control, String id, String key) {
        if (control == null) {
            return null;
        }
        if (id.equals(control.getData(key))) {
            return control;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Widget found = find(child, id, key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void type(Shell dialog, String id, String value) {
        if (!(find(dialog, id) instanceof Text field)) {
            throw new IllegalStateException("the sign-in window has no field " + id);
        }
        field.setText(value);
    }

    private static void press(Shell dialog, String id) {
        if (!(find(dialog, id) instanceof Button button)) {
            throw new IllegalStateException("the sign-in window has no button " + id);
        }
        button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    private Control welcomeControl() {
        List<MPart> found = modelService.findElements(application, WorkbenchIds.PART_WELCOME, MPart.class);
        return !found.isEmpty() && found.get(0).getWidget() instanceof Control control && !control.isDisposed() ? control : null;
    }

    private String trimText() {
        MUIElement trim = modelService.find(WorkbenchIds.TRIM_SIGN_IN, application);
        return trim != null && trim.getWidget() instanceof Control control && !control.isDisposed() ? text(control) : "";
    }

    private String renderedParts() {
        return ids(modelService.findElements(application, null, MPart.class).stream()
                .filter(part -> part.getWidget() != null).toList());
    }

    void photographWindow(Display display, String key, String name) throws IOException {
        Path file = settings.namedScreenshot(name);
        Shell main = mainShell();
        if (file != null && main != null) {
            report.setProperty(key, photograph(display, main, file).toString());
        }
    }

    private Shell mainShell() {
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement()
                : application.getChildren().get(0);
        return window.getWidget() instanceof Shell shell ? shell : null;
    }

    void afterPaint(Display display, ThrowingRunnable next) {
        display.timerExec(PAINT_MILLIS, () -> guarded(next));
    }

    // Polls condition until it holds or the time is up, then goes on with whether it held.
    void await(Display display, BooleanSupplier condition, int timeoutMillis, ThrowingConsumer<Boolean> next) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        poll(display, condition, deadline, next);
    }

    private void poll(Display display, BooleanSupplier condition, long deadline, ThrowingConsumer<Boolean> next) {
        display.timerExec(POLL_MILLIS, () -> guarded(() -> {
            if (condition.getAsBoolean()) {
                // one more paint, so that screenshots show the new state
                afterPaint(display, () -> next.accept(true));
            } else if (System.currentTimeMillis() > deadline) {
                next.accept(false);
            } else {
                poll(display, condition, deadline, next);
            }
        }));
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
        report.setProperty("trim.signin.text", trimText());
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
            if (settings.writesNotes()) {
                new NotesScenario(this, settings, report).start(display);
            } else if (settings.recoversNotes()) {
                new NotesScenario(this, settings, report).recover(display);
            } else if (settings.resumesAmendment()) {
                new NotesScenario(this, settings, report).resumeAmendment(display);
            } else if (settings.supervisesNotes()) {
                new NotesScenario(this, settings, report).supervise(display);
            } else if (settings.screensLiterature()) {
                new ScreeningScenario(this, settings, report).start(display);
            } else if (settings.searchesLiterature()) {
                new LiteratureScenario(this, settings, report).start(display);
            } else if (settings.readsSelfHelp()) {
                new SelfHelpScenario(this, report).start(display);
            } else if (settings.readsEvaluation()) {
                new EvaluationScenario(this, report).start(display);
            } else if (settings.assesses()) {
                assessAsClinician(display);
            } else if (settings.administersAccounts()) {
                administerAccounts(display);
            } else {
                afterAccounts(display);
            }
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

    void afterAccounts(Display display) throws IOException {
        if (settings.lock()) {
            lockAndUnlock(display);
        } else {
            finish(display);
        }
    }

    // Opens Window > Accounts as a user would, then adds a clinician through the form (after a
    // refused password), tries to disable the only administrator, and disables the clinician.
    private void administerAccounts(Display display) throws IOException {
        MenuItem item = accountsMenuItem(display);
        report.setProperty("accounts.menuitem.rendered", Boolean.toString(item != null));
        if (item != null) {
            report.setProperty("accounts.menuitem.visible", Boolean.toString(!item.isDisposed()));
            report.setProperty("accounts.menuitem.enabled", Boolean.toString(item.isEnabled()));
            item.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        } else {
            MPart part = modelService.findElements(application, AccountsUiIds.PART_ACCOUNTS, MPart.class).get(0);
            partService(part).showPart(part, PartState.ACTIVATE);
        }
        await(display, () -> accountsTable() != null && accountsTable().getItemCount() > 0, PART_TIMEOUT_MILLIS, shown -> {
            Table table = accountsTable();
            report.setProperty("accounts.shown", Boolean.toString(shown));
            if (!shown) {
                afterAccounts(display);
                return;
            }
            MPerspective perspective = modelService.getPerspectiveFor(
                    modelService.findElements(application, AccountsUiIds.PART_ACCOUNTS, MPart.class).get(0));
            report.setProperty("accounts.perspective", perspective == null ? "" : perspective.getElementId());
            report.setProperty("accounts.before.list", rows(table));
            Control part = table.getParent();
            report.setProperty("accounts.text", text(part));

            // a password that breaks a rule is refused in plain words, and nothing is added
            typeIn(part, AccountsWidgetIds.NAME, settings.account());
            tick(part, AccountsWidgetIds.ROLE_PREFIX + "clinician");
            typeIn(part, AccountsWidgetIds.PASSWORD, "short");
            typeIn(part, AccountsWidgetIds.REPEAT, "short");
            pressIn(part, AccountsWidgetIds.ADD);
            report.setProperty("accounts.refused.message", accountsMessage(part));
            report.setProperty("accounts.refused.error", String.valueOf(find(part, AccountsWidgetIds.MESSAGE, AccountsWidgetIds.KEY)
                    .getData(AccountsWidgetIds.ERROR_KEY)));
            report.setProperty("accounts.refused.count", Integer.toString(table.getItemCount()));

            typeIn(part, AccountsWidgetIds.PASSWORD, settings.accountPassword());
            typeIn(part, AccountsWidgetIds.REPEAT, settings.accountPassword());
            pressIn(part, AccountsWidgetIds.ADD);
            report.setProperty("accounts.added.message", accountsMessage(part));
            report.setProperty("accounts.added.list", rows(table));
            report.setProperty("accounts.added.namefield", ((Text) find(part, AccountsWidgetIds.NAME, AccountsWidgetIds.KEY)).getText());

            // the only administrator cannot be disabled
            select(table, settings.user());
            pressIn(part, AccountsWidgetIds.DISABLE);
            report.setProperty("accounts.lastadmin.message", accountsMessage(part));

            select(table, settings.account());
            pressIn(part, AccountsWidgetIds.DISABLE);
            report.setProperty("accounts.disabled.message", accountsMessage(part));
            report.setProperty("accounts.disabled.list", rows(table));
            report.setProperty("accounts.disabled.enable.enabled", Boolean.toString(
                    ((Button) find(part, AccountsWidgetIds.ENABLE, AccountsWidgetIds.KEY)).isEnabled()));
            afterPaint(display, () -> {
                photographWindow(display, "accounts.screenshot", "accounts");
                signInAsTheNewAccount(display);
            });
        });
    }

    // Enables the new account again, signs out and signs in with it: a clinician has no Accounts menu item.
    private void signInAsTheNewAccount(Display display) throws IOException {
        Table table = accountsTable();
        select(table, settings.account());
        pressIn(table.getParent(), AccountsWidgetIds.ENABLE);
        report.setProperty("accounts.enabled.message", accountsMessage(table.getParent()));
        MWindow window = modelService.getTopLevelWindowFor(
                modelService.findElements(application, AccountsUiIds.PART_ACCOUNTS, MPart.class).get(0));
        execute(window, WorkbenchIds.COMMAND_SIGN_OUT);
        await(display, () -> mode(display) == Mode.SIGN_IN, SIGN_IN_TIMEOUT_MILLIS, signedOut -> {
            report.setProperty("accounts.signedout", Boolean.toString(signedOut));
            attempt(display, settings.account(), settings.accountPassword());
            await(display, () -> signInShell(display) == null && trimText().contains(settings.account()), SIGN_IN_TIMEOUT_MILLIS, signedIn -> {
                report.setProperty("accounts.other.signin.completed", Boolean.toString(signedIn));
                report.setProperty("accounts.other.part.rendered", Boolean.toString(accountsTable() != null));
                report.setProperty("accounts.other.trim.text", trimText());
                MenuItem item = accountsMenuItem(display);
                report.setProperty("accounts.other.menuitem.rendered", Boolean.toString(item != null));
                report.setProperty("accounts.other.menuitem.model.visible",
                        report.getProperty("accounts.menuitem.model.visible.last", ""));
                report.setProperty("accounts.other.command.canexecute", Boolean.toString(
                        canExecute(window, AccountsUiIds.COMMAND_SHOW_ACCOUNTS)));
                afterAccounts(display);
            });
        });
    }

    private static void execute(MWindow window, String commandId) {
        ParameterizedCommand command = window.getContext().get(ECommandService.class).createCommand(commandId, null);
        window.getContext().get(EHandlerService.class).executeHandler(command);
    }

    private static boolean canExecute(MWindow window, String commandId) {
        ParameterizedCommand command = window.getContext().get(ECommandService.class).createCommand(commandId, null);
        return window.getContext().get(EHandlerService.class).canExecute(command);
    }

    private MenuItem accountsMenuItem(Display display) {
        List<MMenuElement> found = showMenus(AccountsUiIds.MENU_ITEM_ACCOUNTS);
        if (found.isEmpty()) {
            return null;
        }
        report.putIfAbsent("accounts.menuitem.model.visible", Boolean.toString(found.get(0).isVisible()));
        report.setProperty("accounts.menuitem.model.visible.last", Boolean.toString(found.get(0).isVisible()));
        return found.get(0).getWidget() instanceof MenuItem menuItem && !menuItem.isDisposed() ? menuItem : null;
    }

    // Shows the main menus, as opening them would, so that their items are created and their visibility
    // decided; returns the model elements with the id.
    private List<MMenuElement> showMenus(String menuItemId) {
        Shell main = mainShell();
        if (main == null || main.getMenuBar() == null) {
            return List.of();
        }
        for (MenuItem top : main.getMenuBar().getItems()) {
            if (top.getMenu() != null) {
                top.getMenu().notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
                top.getMenu().notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
            }
        }
        return modelService.findElements(application, menuItemId, MMenuElement.class, null,
                EModelService.ANYWHERE | EModelService.IN_MAIN_MENU);
    }

    private Table accountsTable() {
        List<MPart> found = modelService.findElements(application, AccountsUiIds.PART_ACCOUNTS, MPart.class);
        return !found.isEmpty() && found.get(0).getWidget() instanceof Control control && !control.isDisposed()
                && find(control, AccountsWidgetIds.TABLE, AccountsWidgetIds.KEY) instanceof Table table ? table : null;
    }

    private static String accountsMessage(Control part) {
        return find(part, AccountsWidgetIds.MESSAGE, AccountsWidgetIds.KEY) instanceof Label label ? label.getText() : "";
    }

    private static void typeIn(Control part, String id, String value) {
        typeIn(part, AccountsWidgetIds.KEY, id, value);
    }

    static void typeIn(Control part, String key, String id, String value) {
        if (!(find(part, id, key) instanceof Text field)) {
            throw new IllegalStateException("the part has no field " + id);
        }
        field.setText(value);
    }

    private static void tick(Control part, String id) {
        if (!(find(part, id, AccountsWidgetIds.KEY) instanceof Button box)) {
            throw new IllegalStateException("the Accounts part has no check box " + id);
        }
        box.setSelection(true);
    }

    private static void pressIn(Control part, String id) {
        pressIn(part, AccountsWidgetIds.KEY, id);
    }

    static void pressIn(Control part, String key, String id) {
        if (!(find(part, id, key) instanceof Button button)) {
            throw new IllegalStateException("the part has no button " + id);
        }
        if (!button.isEnabled()) {
            throw new IllegalStateException("the button " + id + " of the part is disabled");
        }
        button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    private static void select(Table table, String name) {
        for (TableItem item : table.getItems()) {
            if (name.equals(item.getData())) {
                table.setSelection(item);
                table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                return;
            }
        }
        throw new IllegalStateException("no account " + name + " in the list");
    }

    // One line per row, the columns separated by " | ".
    static String rows(Table table) {
        StringBuilder out = new StringBuilder();
        for (TableItem item : table.getItems()) {
            for (int column = 0; column < table.getColumnCount(); column++) {
                out.append(column == 0 ? "" : " | ").append(item.getText(column));
            }
            out.append('\n');
        }
        return out.toString();
    }

    // --- assessments

    private void assessAsClinician(Display display) {
        signInAsNewAccount(display, "clinician", "assessments", () -> openAssessments(display));
    }

    // Adds settings.account() with one role through the Accounts part, signs out, signs in with it, then goes on.
    void signInAsNewAccount(Display display, String role, String prefix, ThrowingRunnable next) {
        signInAsNewAccount(display, settings.account(), role, prefix, next);
    }

    // Adds an account with one role (and settings.accountPassword()) through the Accounts part, signs out, signs in with it.
    void signInAsNewAccount(Display display, String account, String role, String prefix, ThrowingRunnable next) {
        MPart accounts = modelService.findElements(application, AccountsUiIds.PART_ACCOUNTS, MPart.class).get(0);
        partService(accounts).showPart(accounts, PartState.ACTIVATE);
        await(display, () -> accountsTable() != null && accountsTable().getItemCount() > 0, PART_TIMEOUT_MILLIS, shown -> {
            report.setProperty(prefix + ".accounts.shown", Boolean.toString(shown));
            if (!shown) {
                afterAccounts(display);
                return;
            }
            Control form = accountsTable().getParent();
            typeIn(form, AccountsWidgetIds.NAME, account);
            tick(form, AccountsWidgetIds.ROLE_PREFIX + role);
            typeIn(form, AccountsWidgetIds.PASSWORD, settings.accountPassword());
            typeIn(form, AccountsWidgetIds.REPEAT, settings.accountPassword());
            pressIn(form, AccountsWidgetIds.ADD);
            report.setProperty(prefix + "." + role + ".added", accountsMessage(form));
            signOutAndIn(display, account, settings.accountPassword(), prefix, next);
        });
    }

    // Signs out through the workbench's command and signs in as another user, then goes on.
    void signOutAndIn(Display display, String user, String password, String prefix, ThrowingRunnable next) {
        MPart accounts = modelService.findElements(application, AccountsUiIds.PART_ACCOUNTS, MPart.class).get(0);
        execute(modelService.getTopLevelWindowFor(accounts), WorkbenchIds.COMMAND_SIGN_OUT);
        await(display, () -> mode(display) == Mode.SIGN_IN, SIGN_IN_TIMEOUT_MILLIS, signedOut -> {
            attempt(display, user, password);
            await(display, () -> signInShell(display) == null && trimText().contains(user),
                    SIGN_IN_TIMEOUT_MILLIS, signedIn -> {
                        report.setProperty(prefix + ".trim.text", trimText());
                        next.run();
                    });
        });
    }

    // Chooses an item of the Window menu as a user would; shows the part directly if the item is not rendered.
    void chooseWindowItem(String menuItemId, String partId, String prefix) {
        MenuItem item = menuItem(menuItemId);
        report.setProperty(prefix + ".menuitem.rendered", Boolean.toString(item != null));
        if (item != null) {
            report.setProperty(prefix + ".menuitem.enabled", Boolean.toString(item.isEnabled()));
            item.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        } else {
            MPart part = part(partId);
            partService(part).showPart(part, PartState.ACTIVATE);
        }
    }

    /** @return the rendered menu item with this id, once the main menus were shown; {@code null} if it is not rendered */
    MenuItem menuItem(String menuItemId) {
        List<MMenuElement> found = showMenus(menuItemId);
        return !found.isEmpty() && found.get(0).getWidget() instanceof MenuItem menuItem && !menuItem.isDisposed() ? menuItem : null;
    }

    /** @return the part with this id in the model */
    MPart part(String partId) {
        return modelService.findElements(application, partId, MPart.class).get(0);
    }

    /** @return the perspective holding the part, as an id, or an empty string */
    String perspectiveOf(String partId) {
        MPerspective perspective = modelService.getPerspectiveFor(part(partId));
        return perspective == null ? "" : perspective.getElementId();
    }

    // Window > Assessments…, as a clinician would open it.
    private void openAssessments(Display display) {
        chooseWindowItem(InstrumentsUiIds.MENU_ITEM_ASSESSMENTS, InstrumentsUiIds.PART_ASSESSMENTS, "assessments");
        await(display, () -> instrumentIds().contains(STATIC_99R), PART_TIMEOUT_MILLIS, shown -> {
            report.setProperty("assessments.shown", Boolean.toString(shown));
            if (!shown) {
                afterAccounts(display);
                return;
            }
            report.setProperty("assessments.perspective", perspectiveOf(InstrumentsUiIds.PART_ASSESSMENTS));
            fillInStatic99R(display, (Control) part(InstrumentsUiIds.PART_ASSESSMENTS).getWidget());
        });
    }

    // A mistyped code, an answer out of range, a few answers (a total so far), then every answer (total and band),
    // saved twice six months apart so that the history has a change and the chart a line.
    private void fillInStatic99R(Display display, Control part) throws IOException {
        report.setProperty("assessments.instruments", String.join(",", instrumentIds()));
        report.setProperty("assessments.notice", assessmentsLabel(part, InstrumentsWidgetIds.NOTICE));
        Combo instruments = (Combo) find(part, InstrumentsWidgetIds.INSTRUMENT, InstrumentsWidgetIds.KEY);
        instruments.select(instrumentIds().indexOf(STATIC_99R));
        instruments.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        report.setProperty("assessments.instrument.entry", instruments.getText());

        typeIn(part, InstrumentsWidgetIds.KEY, InstrumentsWidgetIds.CODE, "4TQ8-M2XH-9CKD-3ZRW0");
        report.setProperty("assessments.badcode.message", assessmentsLabel(part, InstrumentsWidgetIds.CODE_MESSAGE));
        typeIn(part, InstrumentsWidgetIds.KEY, InstrumentsWidgetIds.CODE, settings.participant());
        report.setProperty("assessments.code.message", assessmentsLabel(part, InstrumentsWidgetIds.CODE_MESSAGE));

        answer(part, "ageAtRelease", "12");
        report.setProperty("assessments.outofrange.errors", assessmentsLabel(part, InstrumentsWidgetIds.ERRORS));
        answer(part, "ageAtRelease", "30");
        answer(part, "livedWithPartner", InstrumentsWidgetIds.NO);
        answer(part, "maleVictims", InstrumentsWidgetIds.YES);
        reportScore(part, "partial");

        answer(part, "indexNonSexualViolence", InstrumentsWidgetIds.NO);
        answer(part, "priorNonSexualViolence", InstrumentsWidgetIds.YES);
        answer(part, "priorSexOffences", "1-2-charges-or-1-conviction");
        answer(part, "priorSentencingDates", "2");
        answer(part, "nonContactSexOffences", InstrumentsWidgetIds.NO);
        answer(part, "unrelatedVictims", InstrumentsWidgetIds.NO);
        answer(part, "strangerVictims", InstrumentsWidgetIds.NO);
        reportScore(part, "complete");

        Button save = (Button) find(part, InstrumentsWidgetIds.SAVE, InstrumentsWidgetIds.KEY);
        if (save.isEnabled()) {
            LocalDate today = LocalDate.now();
            date(part, today.minusMonths(6));
            pressIn(part, InstrumentsWidgetIds.KEY, InstrumentsWidgetIds.SAVE);
            report.setProperty("assessments.first.message", assessmentsLabel(part, InstrumentsWidgetIds.MESSAGE));
            report.setProperty("assessments.first.save.enabled", Boolean.toString(save.isEnabled()));
            // a new sentencing date since: one point more
            answer(part, "priorSentencingDates", "4");
            date(part, today);
            reportScore(part, "second");
            pressIn(part, InstrumentsWidgetIds.KEY, InstrumentsWidgetIds.SAVE);
            report.setProperty("assessments.second.message", assessmentsLabel(part, InstrumentsWidgetIds.MESSAGE));
            report.setProperty("assessments.history", rows((Table) find(part, InstrumentsWidgetIds.HISTORY, InstrumentsWidgetIds.KEY)));
        }
        afterPaint(display, () -> {
            photographWindow(display, "assessments.screenshot", "assessments");
            dropDefinition(display);
        });
    }

    private void reportScore(Control part, String stage) {
        String prefix = "assessments." + stage + ".";
        report.setProperty(prefix + "total", assessmentsLabel(part, InstrumentsWidgetIds.TOTAL));
        report.setProperty(prefix + "band", assessmentsLabel(part, InstrumentsWidgetIds.BAND));
        report.setProperty(prefix + "missing", assessmentsLabel(part, InstrumentsWidgetIds.MISSING));
        report.setProperty(prefix + "errors", assessmentsLabel(part, InstrumentsWidgetIds.ERRORS));
        report.setProperty(prefix + "save.enabled", Boolean.toString(
                find(part, InstrumentsWidgetIds.SAVE, InstrumentsWidgetIds.KEY) instanceof Button save && save.isEnabled()));
    }

    // Drops a definition into the instruments folder as the documentation says (a hidden name, then a rename)
    // and waits for the Assessments part to offer it.
    private void dropDefinition(Display display) throws IOException {
        if (settings.dropDefinition() == null) {
            afterAccounts(display);
            return;
        }
        Path folder = Path.of(System.getProperty(WorkbenchIds.PROPERTY_DATA), "instruments");
        String name = settings.dropDefinition().getFileName().toString();
        Path hidden = folder.resolve("." + name + ".part");
        List<String> before = instrumentIds();
        Files.createDirectories(folder);
        Files.copy(settings.dropDefinition(), hidden, StandardCopyOption.REPLACE_EXISTING);
        Files.move(hidden, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        long dropped = System.nanoTime();
        await(display, () -> instrumentIds().size() > before.size(), DROP_TIMEOUT_MILLIS, appeared -> {
            report.setProperty("assessments.dropped.appeared", Boolean.toString(appeared));
            report.setProperty("assessments.dropped.millis", Long.toString((System.nanoTime() - dropped) / 1_000_000));
            report.setProperty("assessments.dropped.instruments", String.join(",", instrumentIds()));
            MPart part = modelService.findElements(application, InstrumentsUiIds.PART_ASSESSMENTS, MPart.class).get(0);
            report.setProperty("assessments.dropped.entries", String.join("|",
                    ((Combo) find((Control) part.getWidget(), InstrumentsWidgetIds.INSTRUMENT, InstrumentsWidgetIds.KEY)).getItems()));
            afterAccounts(display);
        });
    }

    // Types a number, or picks the radio button of a yes/no or choice answer (turning its neighbours off, as a click would).
    private static void answer(Control part, String itemId, String value) {
        Widget control = find(part, InstrumentsWidgetIds.ITEM_PREFIX + itemId, InstrumentsWidgetIds.KEY);
        if (control instanceof Text) {
            typeIn(part, InstrumentsWidgetIds.KEY, InstrumentsWidgetIds.ITEM_PREFIX + itemId, value);
            return;
        }
        String name = InstrumentsWidgetIds.ITEM_PREFIX + itemId + InstrumentsWidgetIds.VALUE_SEPARATOR + value;
        if (!(find(part, name, InstrumentsWidgetIds.KEY) instanceof Button radio)) {
            throw new IllegalStateException("the form has no answer " + name);
        }
        for (Control sibling : radio.getParent().getChildren()) {
            if (sibling instanceof Button other && other != radio) {
                other.setSelection(false);
            }
        }
        radio.setSelection(true);
        radio.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    private static void date(Control part, LocalDate day) {
        DateTime date = (DateTime) find(part, InstrumentsWidgetIds.DATE, InstrumentsWidgetIds.KEY);
        date.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
        date.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    private static String assessmentsLabel(Control part, String id) {
        return find(part, id, InstrumentsWidgetIds.KEY) instanceof Label label && label.isVisible() ? label.getText() : "";
    }

    // The instrument ids the Assessments part offers, in the order of its list; empty until it is shown.
    private List<String> instrumentIds() {
        List<MPart> found = modelService.findElements(application, InstrumentsUiIds.PART_ASSESSMENTS, MPart.class);
        if (found.isEmpty() || !(found.get(0).getWidget() instanceof Control control) || control.isDisposed()
                || !(find(control, InstrumentsWidgetIds.INSTRUMENT, InstrumentsWidgetIds.KEY) instanceof Combo combo)
                || !(combo.getData(InstrumentsWidgetIds.INSTRUMENT_IDS_KEY) instanceof String[] ids)) {
            return List.of();
        }
        return List.of(ids);
    }

    private EPartService partService(MPart part) {
        MWindow window = modelService.getTopLevelWindowFor(part);
        return window.getContext().get(EPartService.class);
    }

    /** Writes what is reported so far and leaves the workbench running, for a test that kills it. */
    void checkpoint() throws IOException {
        report.setProperty("probe.checkpoint", "true");
        writeReport();
    }

    void finish(Display display) throws IOException {
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

    static Path photograph(Display display, Shell shell, Path file) throws IOException {
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
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @FunctionalInterface
    interface ThrowingConsumer<T> {
        void accept(T value) throws Exception;
    }
}
