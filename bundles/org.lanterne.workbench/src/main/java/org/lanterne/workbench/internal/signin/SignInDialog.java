package org.lanterne.workbench.internal.signin;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.lanterne.workbench.SignInIds;
import org.lanterne.workbench.SignInIds.Mode;
import org.lanterne.workbench.internal.Messages;

/**
 * The sign-in window: modal for the whole workbench, so that nothing behind it can be used. One
 * window serves every {@link Mode}; it is rebuilt when the mode changes. It only shows and reads:
 * what to do with the answers is up to its {@link Actions}. Passwords are read as character
 * arrays and the fields are emptied as soon as they have been read.
 */
final class SignInDialog extends Window {

    /** What the buttons do. */
    interface Actions {
        /**
         * @param password overwritten by the receiver
         * @param repeat   the password again, only in {@link Mode#BOOTSTRAP}, else {@code null}; overwritten by the receiver
         */
        void submit(Mode mode, String name, char[] password, char[] repeat);

        void otherUser();

        void quit();
    }

    private static final int WIDTH = 460;

    private final Messages messages;
    private final Actions actions;

    private Mode mode = Mode.WAITING;
    private String user;
    private String message;
    private boolean error;

    private Composite body;
    private Text name;
    private Text password;
    private Text repeat;
    private Label messageLabel;

    SignInDialog(Shell parent, Messages messages, Actions actions) {
        super(parent);
        this.messages = messages;
        this.actions = actions;
        setShellStyle(SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        setBlockOnOpen(false);
    }

    /** @return the mode shown, or {@code null} if the window is closed */
    Mode mode() {
        return getShell() == null ? null : mode;
    }

    /**
     * Opens the window, or rebuilds it, for {@code mode}.
     *
     * @param user    the name to fill in ({@link Mode#SIGN_IN}) or the signed-in user ({@link Mode#UNLOCK}), may be {@code null}
     * @param message a text to show under the fields, may be {@code null}
     * @param error   whether {@code message} is a refusal
     */
    void show(Mode mode, String user, String message, boolean error) {
        this.mode = mode;
        this.user = user;
        this.message = message;
        this.error = error;
        if (getShell() == null || getShell().isDisposed()) {
            open();
        } else {
            rebuild();
        }
    }

    /** Shows a text under the fields, keeping what was typed in the name field. */
    void showMessage(String text, boolean isError) {
        if (messageLabel == null || messageLabel.isDisposed()) {
            return;
        }
        this.message = text;
        this.error = isError;
        messageLabel.setText(text);
        messageLabel.setForeground(body.getDisplay().getSystemColor(isError ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN));
        messageLabel.setVisible(true);
        ((GridData) messageLabel.getLayoutData()).exclude = false;
        Shell shell = getShell();
        Point size = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
        if (!size.equals(shell.getSize())) {
            shell.setSize(size);
            shell.setLocation(getInitialLocation(size));
        }
        shell.layout(true, true);
        if (password != null && !password.isDisposed()) {
            password.setFocus();
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.signin_title);
        shell.setData(SignInIds.KEY, SignInIds.SHELL);
    }

    @Override
    protected Control createContents(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        fill();
        return body;
    }

    // Closing the window by its title bar or Escape does nothing: Quit is the way out.
    @Override
    protected void handleShellCloseEvent() {
    }

    @Override
    protected Point getInitialSize() {
        return getShell().computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
    }

    private void rebuild() {
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        fill();
        Shell shell = getShell();
        shell.pack(true);
        shell.setLocation(getInitialLocation(shell.getSize()));
    }

    private void fill() {
        getShell().setData(SignInIds.MODE_KEY, mode.name());
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 20;
        layout.marginHeight = 16;
        layout.verticalSpacing = 8;
        layout.horizontalSpacing = 12;
        body.setLayout(layout);

        Label heading = new Label(body, SWT.WRAP);
        heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
        heading.setText(switch (mode) {
            case BOOTSTRAP -> messages.signin_bootstrap_heading;
            case UNLOCK -> messages.lock_heading;
            default -> messages.signin_heading;
        });
        heading.setLayoutData(wide());

        wrapped(switch (mode) {
            case WAITING -> messages.signin_waiting;
            case BOOTSTRAP -> messages.signin_bootstrap_intro;
            case SIGN_IN -> messages.signin_intro;
            case UNLOCK -> messages.lock_intro.replace("{0}", user == null ? "" : user);
        });

        name = null;
        password = null;
        repeat = null;
        if (mode != Mode.WAITING) {
            label(messages.signin_name);
            if (mode == Mode.UNLOCK) {
                Label fixed = new Label(body, SWT.NONE);
                fixed.setText(user == null ? "" : user);
                fixed.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
            } else {
                name = field(SignInIds.NAME, SWT.NONE);
                if (user != null) {
                    name.setText(user);
                }
            }
            label(messages.signin_password);
            password = field(SignInIds.PASSWORD, SWT.PASSWORD);
            if (mode == Mode.BOOTSTRAP) {
                label(messages.signin_repeat);
                repeat = field(SignInIds.REPEAT, SWT.PASSWORD);
                wrapped(messages.signin_name_rule);
                wrapped(messages.signin_rules_heading);
                for (String rule : SignInTexts.rules(messages)) {
                    wrapped("•  " + rule).setLayoutData(indented());
                }
            }
        }

        messageLabel = new Label(body, SWT.WRAP);
        messageLabel.setData(SignInIds.KEY, SignInIds.MESSAGE);
        messageLabel.setText(message == null ? "" : message);
        messageLabel.setForeground(body.getDisplay().getSystemColor(error ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN));
        GridData messageData = wide();
        messageData.exclude = message == null;
        messageLabel.setVisible(message != null);
        messageLabel.setLayoutData(messageData);

        buttons();
        Dialog.applyDialogFont(body);
        heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));

        Text first = name != null && name.getText().isEmpty() ? name : password;
        if (first != null) {
            first.setFocus();
        }
    }

    private void buttons() {
        Composite bar = new Composite(body, SWT.NONE);
        GridData barData = new GridData(SWT.END, SWT.CENTER, true, false, 2, 1);
        barData.verticalIndent = 8;
        bar.setLayoutData(barData);
        GridLayout barLayout = new GridLayout(0, true);
        barLayout.marginWidth = 0;
        barLayout.marginHeight = 0;
        bar.setLayout(barLayout);
        if (mode == Mode.UNLOCK) {
            button(bar, SignInIds.OTHER_USER, messages.lock_other).addListener(SWT.Selection, event -> actions.otherUser());
        }
        button(bar, SignInIds.QUIT, messages.signin_quit).addListener(SWT.Selection, event -> actions.quit());
        if (mode != Mode.WAITING) {
            Button submit = button(bar, SignInIds.SUBMIT, switch (mode) {
                case BOOTSTRAP -> messages.signin_bootstrap_submit;
                case UNLOCK -> messages.lock_submit;
                default -> messages.signin_submit;
            });
            submit.addListener(SWT.Selection, event -> submit());
            getShell().setDefaultButton(submit);
        }
    }

    private void submit() {
        Mode submitted = mode;
        String typedName = name != null ? name.getText().trim() : user;
        char[] typed = password.getTextChars();
        password.setText("");
        char[] again = null;
        if (repeat != null) {
            again = repeat.getTextChars();
            repeat.setText("");
        }
        actions.submit(submitted, typedName, typed, again);
    }

    private Button button(Composite bar, String id, String text) {
        ((GridLayout) bar.getLayout()).numColumns++;
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        button.setData(SignInIds.KEY, id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = Math.max(100, button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 16);
        button.setLayoutData(data);
        return button;
    }

    private Text field(String id, int style) {
        Text text = new Text(body, SWT.BORDER | SWT.SINGLE | style);
        text.setData(SignInIds.KEY, id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 260;
        text.setLayoutData(data);
        return text;
    }

    private void label(String text) {
        Label label = new Label(body, SWT.NONE);
        label.setText(text);
    }

    private Label wrapped(String text) {
        Label label = new Label(body, SWT.WRAP);
        label.setText(text);
        label.setLayoutData(wide());
        return label;
    }

    private static GridData wide() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.widthHint = WIDTH;
        return data;
    }

    private static GridData indented() {
        GridData data = wide();
        data.horizontalIndent = 12;
        data.widthHint = WIDTH - 12;
        return data;
    }
}
