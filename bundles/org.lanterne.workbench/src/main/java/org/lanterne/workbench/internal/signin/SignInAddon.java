package org.lanterne.workbench.internal.signin;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.basic.MWindowElement;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.lanterne.identity.api.BootstrapClosedException;
import org.lanterne.identity.api.PasswordRejectedException;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionService;
import org.lanterne.identity.api.SignInRefusedException;
import org.lanterne.identity.api.UserAccount;
import org.lanterne.identity.api.UserService;
import org.lanterne.workbench.SignInIds.Mode;
import org.lanterne.workbench.internal.Messages;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Keeps the window's content from anyone who has not signed in, and from anyone at all after a
 * time without input.
 * <ul>
 * <li>Before the window is rendered, every child of every window is set not to be rendered
 * (the model already says so for the perspective stack, so that the workbench fails closed if
 * this addon cannot start). Once the window is up, the modal {@link SignInDialog} asks who is
 * signing in, or for the first administrator of an installation without any account.</li>
 * <li>A successful sign-in puts the {@link Session} into the application context and renders the
 * content. Signing out ends the session and disposes the content, so that the next user starts
 * from scratch.</li>
 * <li>After {@link LockDelay} without keyboard or mouse input the content is hidden (not
 * disposed) and the dialog asks for the password again. Unlocking first checks that the session
 * is still valid: if it has expired, a new sign-in is required and the content is disposed.
 * The password is checked by a new sign-in, which replaces the old session.</li>
 * <li>While the user is active the session is validated once a minute, which keeps it from
 * expiring and notices when it has been ended elsewhere (account disabled, password reset).</li>
 * </ul>
 */
public class SignInAddon implements SignInDialog.Actions {

    private static final System.Logger LOG = System.getLogger(SignInAddon.class.getName());

    private static final long KEEP_ALIVE_NANOS = Duration.ofMinutes(1).toNanos();
    private static final int UNAVAILABLE_AFTER_MILLIS = 30_000;
    private static final int[] INPUT_EVENTS = { SWT.KeyDown, SWT.MouseDown, SWT.MouseMove, SWT.MouseWheel,
            SWT.Touch, SWT.Gesture };

    private enum State { STARTING, SIGNING_IN, SIGNED_IN, LOCKED }

    @Inject
    MApplication application;

    @Inject
    @Translation
    Messages messages;

    @Inject
    IEventBroker events;

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    @Named(TranslationService.LOCALE)
    Locale locale;

    private final Display display = Display.getCurrent();
    private final Duration lockDelay = LockDelay.from(System.getProperties());
    private final List<MWindowElement> gated = new ArrayList<>();
    private final List<Shell> hiddenShells = new ArrayList<>();
    private final Listener input = event -> lastInput = System.nanoTime();

    private volatile UserService users;
    private volatile SessionService sessions;

    private State state = State.STARTING;
    private SignInDialog dialog;
    private Session session;
    private long lastInput = System.nanoTime();
    private long lastKeepAlive;

    @Inject
    void setUserService(@org.eclipse.e4.core.di.annotations.Optional UserService service) {
        users = service;
        servicesChanged();
    }

    @Inject
    void setSessionService(@org.eclipse.e4.core.di.annotations.Optional SessionService service) {
        sessions = service;
        servicesChanged();
    }

    @PostConstruct
    void gate() {
        application.getContext().set(SignInAddon.class, this);
        for (MWindow window : application.getChildren()) {
            for (MWindowElement child : window.getChildren()) {
                child.setToBeRendered(false);
                gated.add(child);
            }
        }
        LOG.log(Level.INFO, "The workbench locks after {0} s without input", lockDelay.toSeconds());
    }

    @PreDestroy
    void stop() {
        if (!display.isDisposed()) {
            for (int type : INPUT_EVENTS) {
                display.removeFilter(type, input);
            }
        }
        endSessionQuietly();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        if (state != State.STARTING) {
            return;
        }
        for (int type : INPUT_EVENTS) {
            display.addFilter(type, input);
        }
        dialog = new SignInDialog(mainShell(), messages, this);
        state = State.SIGNING_IN;
        askForAccount(null, false);
        display.timerExec(UNAVAILABLE_AFTER_MILLIS, () -> {
            if (state == State.SIGNING_IN && dialog.mode() == Mode.WAITING) {
                dialog.show(Mode.WAITING, null, messages.signin_unavailable, true);
            }
        });
        display.timerExec(tickMillis(), this::tick);
    }

    /** Ends the session, disposes the window's content and asks who signs in next. */
    public void signOut() {
        if (state == State.SIGNED_IN || state == State.LOCKED) {
            endSession(null);
        }
    }

    /** Locks the window now. */
    public void lock() {
        if (state != State.SIGNED_IN) {
            return;
        }
        state = State.LOCKED;
        for (MWindowElement element : gated) {
            element.setVisible(false);
        }
        Shell main = mainShell();
        for (Shell shell : display.getShells()) {
            if (shell != main && shell.isVisible() && (dialog.getShell() == null || shell != dialog.getShell())) {
                shell.setVisible(false);
                hiddenShells.add(shell);
            }
        }
        dialog.show(Mode.UNLOCK, session.user(), null, false);
    }

    @Override
    public void submit(Mode mode, String name, char[] password, char[] repeat) {
        try {
            BusyIndicator.showWhile(display, () -> attempt(mode, name, password, repeat));
        } finally {
            Arrays.fill(password, '\0');
            if (repeat != null) {
                Arrays.fill(repeat, '\0');
            }
        }
    }

    @Override
    public void otherUser() {
        endSession(null);
    }

    @Override
    public void quit() {
        endSessionQuietly();
        IWorkbench workbench = application.getContext().get(IWorkbench.class);
        if (workbench != null) {
            workbench.close();
        }
    }

    private void attempt(Mode mode, String name, char[] password, char[] repeat) {
        UserService userService = users;
        SessionService sessionService = sessions;
        if (userService == null || sessionService == null) {
            askForAccount(null, false);
            return;
        }
        try {
            switch (mode) {
                case BOOTSTRAP -> {
                    if (!Arrays.equals(password, repeat)) {
                        dialog.showMessage(messages.signin_repeat_differs, true);
                        return;
                    }
                    UserAccount account = userService.bootstrapAdministrator(name, password);
                    dialog.show(Mode.SIGN_IN, account.name(), messages.signin_bootstrap_done.replace("{0}", account.name()), false);
                }
                case SIGN_IN -> signedIn(sessionService.signIn(name, password));
                case UNLOCK -> unlock(sessionService, password);
                case WAITING -> askForAccount(null, false);
            }
        } catch (SignInRefusedException e) {
            dialog.showMessage(SignInTexts.refusal(messages, e, locale(), ZoneId.systemDefault()), true);
        } catch (PasswordRejectedException e) {
            dialog.showMessage(SignInTexts.rejection(messages, e.rule()), true);
        } catch (BootstrapClosedException e) {
            dialog.show(Mode.SIGN_IN, null, messages.signin_bootstrap_closed, false);
        } catch (IllegalArgumentException e) {
            dialog.showMessage(messages.signin_name_invalid + " " + messages.signin_name_rule, true);
        } catch (RuntimeException e) {
            // Identity exceptions never carry a password or a token.
            LOG.log(Level.ERROR, "Sign-in failed", e);
            dialog.showMessage(messages.signin_failed, true);
        }
    }

    private void unlock(SessionService sessionService, char[] password) {
        Optional<Session> current = sessionService.validate(session.token());
        if (current.isEmpty()) {
            endSession(messages.signin_session_ended);
            return;
        }
        // The password is checked by a sign-in of the same user, which counts failures and
        // lockouts like any other; the new session replaces the old one.
        Session fresh = sessionService.signIn(session.user(), password);
        sessionService.signOut(session.token());
        setSession(fresh);
        state = State.SIGNED_IN;
        dialog.close();
        for (MWindowElement element : gated) {
            element.setVisible(true);
        }
        for (Shell shell : hiddenShells) {
            if (!shell.isDisposed()) {
                shell.setVisible(true);
            }
        }
        hiddenShells.clear();
        activity();
    }

    private void signedIn(Session signedIn) {
        setSession(signedIn);
        state = State.SIGNED_IN;
        dialog.close();
        for (MWindowElement element : gated) {
            element.setVisible(true);
            element.setToBeRendered(true);
        }
        Shell main = mainShell();
        if (main != null) {
            main.layout(true, true);
        }
        activity();
    }

    // Ends the session and disposes the content; message (a refusal) may be null.
    private void endSession(String message) {
        endSessionQuietly();
        state = State.SIGNING_IN;
        for (MWindowElement element : gated) {
            element.setToBeRendered(false);
            element.setVisible(true);
        }
        for (Shell shell : hiddenShells) {
            if (!shell.isDisposed()) {
                shell.dispose();
            }
        }
        hiddenShells.clear();
        askForAccount(message, message != null);
    }

    private void endSessionQuietly() {
        Session ending = session;
        setSession(null);
        SessionService sessionService = sessions;
        if (ending != null && sessionService != null) {
            try {
                sessionService.signOut(ending.token());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Signing out failed", e);
            }
        }
    }

    private void setSession(Session value) {
        session = value;
        IEclipseContext context = application.getContext();
        if (value == null) {
            context.remove(Session.class);
        } else {
            context.set(Session.class, value);
        }
        // menu and tool items that need a session are enabled or disabled at once
        events.post(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
    }

    private void askForAccount(String message, boolean error) {
        UserService userService = users;
        Mode mode;
        if (userService == null || sessions == null) {
            mode = Mode.WAITING;
        } else {
            try {
                mode = userService.bootstrapNeeded() ? Mode.BOOTSTRAP : Mode.SIGN_IN;
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "The accounts cannot be read", e);
                dialog.show(Mode.WAITING, null, messages.signin_unavailable, true);
                return;
            }
        }
        dialog.show(mode, null, message, error);
    }

    // Services come and go on any thread; the dialog follows on the UI thread.
    private void servicesChanged() {
        if (display == null || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (state == State.SIGNING_IN && dialog.mode() == Mode.WAITING && users != null && sessions != null) {
                askForAccount(null, false);
            } else if ((state == State.SIGNED_IN || state == State.LOCKED) && sessions == null) {
                // Sessions live in the service: without it, nobody is signed in any more.
                session = null;
                endSession(messages.signin_session_ended);
            }
        });
    }

    private void tick() {
        if (display.isDisposed()) {
            return;
        }
        long now = System.nanoTime();
        if (state == State.SIGNED_IN) {
            if (now - lastInput >= lockDelay.toNanos()) {
                lock();
            } else if (lastInput - lastKeepAlive > 0 && now - lastKeepAlive >= KEEP_ALIVE_NANOS) {
                keepAlive(now);
            }
        }
        display.timerExec(tickMillis(), this::tick);
    }

    private void keepAlive(long now) {
        lastKeepAlive = now;
        SessionService sessionService = sessions;
        if (sessionService == null || session == null) {
            return;
        }
        try {
            if (sessionService.validate(session.token()).isEmpty()) {
                session = null;
                endSession(messages.signin_session_ended);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The session could not be validated", e);
        }
    }

    private void activity() {
        lastInput = System.nanoTime();
        lastKeepAlive = lastInput;
    }

    private int tickMillis() {
        return (int) Math.max(250, Math.min(5_000, lockDelay.toMillis() / 10));
    }

    private Locale locale() {
        return locale != null ? locale : Locale.getDefault();
    }

    private Shell mainShell() {
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement()
                : application.getChildren().get(0);
        return window.getWidget() instanceof Shell shell ? shell : null;
    }
}
