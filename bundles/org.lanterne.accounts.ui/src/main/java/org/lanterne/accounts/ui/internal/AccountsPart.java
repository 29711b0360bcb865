package org.lanterne.accounts.ui.internal;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.lanterne.accounts.ui.AccountsWidgetIds;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.UserAccount;
import org.lanterne.identity.api.UserService;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The accounts of the installation, for administrators: the list (name, roles, status, last
 * sign-in), a form to add an account, and the changes to the selected one (roles, password,
 * disable, enable). Every call goes to {@link UserService} with the signed-in {@link Session},
 * which checks the permission itself; refusals are shown in plain words above the forms.
 * Password fields are read as characters and cleared at once; the arrays are overwritten.
 */
public class AccountsPart {

    private static final System.Logger LOG = System.getLogger(AccountsPart.class.getName());

    @Inject
    @Translation
    AccountsMessages messages;

    @Inject
    UISynchronize sync;

    @Inject
    MPart part;

    @Inject
    EPartService partService;

    @Inject
    @Optional
    @Named(TranslationService.LOCALE)
    Locale locale;

    private UserService users;
    private Session session;

    private Composite content;
    private Label title;
    private Label message;
    private Table table;
    private Text name;
    private Text password;
    private Text repeat;
    private final Map<Role, Button> newRoles = new EnumMap<>(Role.class);
    private Label selectedHeading;
    private final Map<Role, Button> selectedRoles = new EnumMap<>(Role.class);
    private Text newPassword;
    private Text newRepeat;
    private Button changeRoles;
    private Button reset;
    private Button disable;
    private Button enable;
    private Composite forms;
    private Label notice;

    private List<UserAccount> accounts = List.of();

    @Inject
    void setUserService(@Optional UserService service) {
        users = service;
        asyncRefresh();
    }

    @Inject
    void setSession(@Optional Session current) {
        session = current;
        asyncRefresh();
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout());
        ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        content = new Composite(scroller, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        scroller.setContent(content);

        title = new Label(content, SWT.NONE);
        title.setText(messages.accounts_title);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), title);
        title.setFont(resources.create(FontDescriptor.createFrom(title.getFont()).setStyle(SWT.BOLD).increaseHeight(6)));

        Label intro = wrapping(content, messages.accounts_intro);
        intro.setLayoutData(widthHint(new GridData(SWT.FILL, SWT.TOP, true, false)));

        notice = wrapping(content, "");
        notice.setLayoutData(widthHint(new GridData(SWT.FILL, SWT.TOP, true, false)));

        table = new Table(content, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        named(table, AccountsWidgetIds.TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, false);
        tableData.heightHint = 6 * table.getItemHeight() + table.getHeaderHeight();
        table.setLayoutData(tableData);
        for (String column : new String[] { messages.accounts_column_name, messages.accounts_column_roles,
                messages.accounts_column_status, messages.accounts_column_last_signin }) {
            new TableColumn(table, SWT.NONE).setText(column);
        }
        table.addListener(SWT.Selection, event -> selectionChanged());

        message = wrapping(content, "");
        named(message, AccountsWidgetIds.MESSAGE);
        message.setData(AccountsWidgetIds.ERROR_KEY, "false");
        message.setLayoutData(widthHint(new GridData(SWT.FILL, SWT.TOP, true, false)));

        forms = new Composite(content, SWT.NONE);
        forms.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout formsLayout = new GridLayout(2, true);
        formsLayout.marginWidth = 0;
        forms.setLayout(formsLayout);
        createNewAccountForm(forms);
        createSelectedAccountForm(forms);

        scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        refresh(null);
        asyncRefresh();
    }

    private void createNewAccountForm(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(messages.accounts_new_heading);
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        new Label(group, SWT.NONE).setText(messages.accounts_name);
        name = new Text(group, SWT.BORDER | SWT.SINGLE);
        named(name, AccountsWidgetIds.NAME);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(group, SWT.NONE);
        Label nameRule = wrapping(group, messages.accounts_name_rule);
        nameRule.setLayoutData(widthHint(new GridData(SWT.FILL, SWT.TOP, true, false)));

        new Label(group, SWT.NONE).setText(messages.accounts_roles);
        roleBoxes(group, newRoles, AccountsWidgetIds::role);

        new Label(group, SWT.NONE).setText(messages.accounts_password);
        password = passwordField(group, AccountsWidgetIds.PASSWORD);
        new Label(group, SWT.NONE).setText(messages.accounts_repeat);
        repeat = passwordField(group, AccountsWidgetIds.REPEAT);

        new Label(group, SWT.NONE);
        StringBuilder rules = new StringBuilder(messages.accounts_rules_heading);
        for (String rule : AccountsTexts.rules(messages)) {
            rules.append("\n• ").append(rule);
        }
        Label rulesLabel = wrapping(group, rules.toString());
        rulesLabel.setLayoutData(widthHint(new GridData(SWT.FILL, SWT.TOP, true, false)));

        new Label(group, SWT.NONE);
        Button add = new Button(group, SWT.PUSH);
        named(add, AccountsWidgetIds.ADD);
        add.setText(messages.accounts_add);
        add.addListener(SWT.Selection, event -> add());
    }

    private void createSelectedAccountForm(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        group.setText(messages.accounts_selected_group);

        selectedHeading = wrapping(group, messages.accounts_none_selected);
        selectedHeading.setLayoutData(widthHint(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1)));

        new Label(group, SWT.NONE).setText(messages.accounts_roles);
        roleBoxes(group, selectedRoles, AccountsWidgetIds::selectedRole);
        new Label(group, SWT.NONE);
        changeRoles = new Button(group, SWT.PUSH);
        named(changeRoles, AccountsWidgetIds.CHANGE_ROLES);
        changeRoles.setText(messages.accounts_change_roles);
        changeRoles.addListener(SWT.Selection, event -> changeRoles());

        new Label(group, SWT.NONE).setText(messages.accounts_new_password);
        newPassword = passwordField(group, AccountsWidgetIds.NEW_PASSWORD);
        new Label(group, SWT.NONE).setText(messages.accounts_repeat);
        newRepeat = passwordField(group, AccountsWidgetIds.NEW_REPEAT);
        new Label(group, SWT.NONE);
        reset = new Button(group, SWT.PUSH);
        named(reset, AccountsWidgetIds.RESET_PASSWORD);
        reset.setText(messages.accounts_reset);
        reset.addListener(SWT.Selection, event -> resetPassword());

        new Label(group, SWT.NONE);
        Composite buttons = new Composite(group, SWT.NONE);
        buttons.setLayout(new RowLayout(SWT.HORIZONTAL));
        disable = new Button(buttons, SWT.PUSH);
        named(disable, AccountsWidgetIds.DISABLE);
        disable.setText(messages.accounts_disable);
        disable.addListener(SWT.Selection, event -> act(account -> users.disable(session, account),
                messages.accounts_disabled));
        enable = new Button(buttons, SWT.PUSH);
        named(enable, AccountsWidgetIds.ENABLE);
        enable.setText(messages.accounts_enable);
        enable.addListener(SWT.Selection, event -> act(account -> users.enable(session, account),
                messages.accounts_enabled));
    }

    private void roleBoxes(Composite parent, Map<Role, Button> boxes, Function<Role, String> id) {
        Composite column = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.marginLeft = 0;
        layout.marginTop = 0;
        column.setLayout(layout);
        column.setLayoutData(widthHint(new GridData(SWT.FILL, SWT.TOP, true, false)));
        for (Role role : Role.values()) {
            Button box = new Button(column, SWT.CHECK);
            box.setText(AccountsTexts.role(messages, role));
            named(box, id.apply(role));
            boxes.put(role, box);
        }
    }

    private Text passwordField(Composite parent, String id) {
        Text field = new Text(parent, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
        named(field, id);
        field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return field;
    }

    private static Label wrapping(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        return label;
    }

    private static GridData widthHint(GridData data) {
        data.widthHint = 360;
        return data;
    }

    private static void named(Control control, String id) {
        control.setData(AccountsWidgetIds.KEY, id);
    }

    // --- actions

    private void add() {
        String account = name.getText().trim();
        Set<Role> roles = ticked(newRoles);
        char[] first = password.getTextChars();
        char[] second = repeat.getTextChars();
        password.setText("");
        repeat.setText("");
        try {
            if (roles.isEmpty()) {
                show(messages.accounts_no_role, true);
            } else if (!Arrays.equals(first, second)) {
                show(messages.accounts_repeat_differs, true);
            } else if (call(() -> users.add(session, account, roles, first), account)) {
                name.setText("");
                newRoles.values().forEach(box -> box.setSelection(false));
                refresh(account.toLowerCase(Locale.ROOT));
                show(messages.accounts_added.replace("{0}", account.toLowerCase(Locale.ROOT)), false);
            }
        } finally {
            Arrays.fill(first, '\0');
            Arrays.fill(second, '\0');
        }
    }

    private void changeRoles() {
        String account = selected();
        if (account == null) {
            return;
        }
        Set<Role> roles = ticked(selectedRoles);
        if (roles.isEmpty()) {
            show(messages.accounts_no_role, true);
            return;
        }
        act(selectedName -> users.changeRoles(session, selectedName, roles), messages.accounts_roles_changed);
    }

    private void resetPassword() {
        String account = selected();
        char[] first = newPassword.getTextChars();
        char[] second = newRepeat.getTextChars();
        newPassword.setText("");
        newRepeat.setText("");
        try {
            if (account == null) {
                return;
            }
            if (!Arrays.equals(first, second)) {
                show(messages.accounts_repeat_differs, true);
                return;
            }
            if (call(() -> users.resetPassword(session, account, first), account)) {
                refresh(account);
                show(messages.accounts_password_reset.replace("{0}", account), false);
            }
        } finally {
            Arrays.fill(first, '\0');
            Arrays.fill(second, '\0');
        }
    }

    private void act(Function<String, UserAccount> action, String done) {
        String account = selected();
        if (account != null && call(() -> action.apply(account), account)) {
            refresh(account);
            show(done.replace("{0}", account), false);
        }
    }

    // Runs one call of the user service; a refusal is shown and false returned.
    private boolean call(Runnable action, String account) {
        if (users == null) {
            show(messages.accounts_unavailable, true);
            return false;
        }
        RuntimeException[] failure = new RuntimeException[1];
        BusyIndicator.showWhile(content.getDisplay(), () -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        });
        if (failure[0] == null) {
            return true;
        }
        String refusal = AccountsTexts.refusal(messages, failure[0], account);
        if (refusal == null) {
            // Identity exceptions never carry a password or a token.
            LOG.log(Level.ERROR, "An account change failed", failure[0]);
            refusal = messages.accounts_failed;
        }
        show(refusal, true);
        return false;
    }

    // --- list and selection

    // A user who is not an administrator does not keep the part (left open by an administrator who signed out).
    private void asyncRefresh() {
        if (content != null && !content.isDisposed()) {
            sync.asyncExec(() -> {
                if (content.isDisposed()) {
                    return;
                }
                if (session != null && !AccountsTexts.administers(session)) {
                    partService.hidePart(part);
                    return;
                }
                show("", false);
                refresh(selected());
            });
        }
    }

    // Lists the accounts again, keeping the selection on the named account if there is one.
    private void refresh(String keep) {
        accounts = List.of();
        String problem = null;
        if (!AccountsTexts.administers(session)) {
            problem = messages.accounts_not_administrator;
        } else if (users == null) {
            problem = messages.accounts_unavailable;
        } else {
            try {
                accounts = users.list(session);
            } catch (RuntimeException e) {
                problem = AccountsTexts.refusal(messages, e, session.user());
                if (problem == null) {
                    LOG.log(Level.ERROR, "The accounts cannot be listed", e);
                    problem = messages.accounts_failed;
                }
            }
        }
        notice.setText(problem == null ? "" : problem);
        notice.setVisible(problem != null);
        ((GridData) notice.getLayoutData()).exclude = problem == null;
        forms.setEnabled(problem == null);
        setEnabledDeep(forms, problem == null);

        table.removeAll();
        Locale shown = locale != null ? locale : Locale.getDefault();
        ZoneId zone = ZoneId.systemDefault();
        Instant now = Instant.now();
        for (UserAccount account : accounts) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(account.name());
            item.setText(new String[] { account.name(), AccountsTexts.roles(messages, account.roles()),
                    AccountsTexts.status(messages, account, now, shown, zone),
                    AccountsTexts.lastSignIn(messages, account, shown, zone) });
            if (account.name().equals(keep)) {
                table.setSelection(item);
            }
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        selectionChanged();
        content.layout(true, true);
    }

    private void selectionChanged() {
        UserAccount account = selectedAccount();
        boolean any = account != null && forms.getEnabled();
        selectedHeading.setText(account == null ? messages.accounts_none_selected
                : messages.accounts_selected_heading.replace("{0}", account.name()));
        for (Map.Entry<Role, Button> box : selectedRoles.entrySet()) {
            box.getValue().setSelection(account != null && account.roles().contains(box.getKey()));
            box.getValue().setEnabled(any);
        }
        changeRoles.setEnabled(any);
        newPassword.setEnabled(any);
        newRepeat.setEnabled(any);
        reset.setEnabled(any);
        disable.setEnabled(any && account.enabled());
        enable.setEnabled(any && !account.enabled());
        selectedHeading.getParent().layout(true, true);
    }

    private String selected() {
        UserAccount account = selectedAccount();
        return account == null ? null : account.name();
    }

    private UserAccount selectedAccount() {
        if (table == null || table.isDisposed() || table.getSelectionCount() != 1) {
            return null;
        }
        Object selectedName = table.getSelection()[0].getData();
        return accounts.stream().filter(account -> account.name().equals(selectedName)).findFirst().orElse(null);
    }

    private static Set<Role> ticked(Map<Role, Button> boxes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        boxes.forEach((role, box) -> {
            if (box.getSelection()) {
                roles.add(role);
            }
        });
        return roles;
    }

    private static void setEnabledDeep(Control control, boolean enabled) {
        control.setEnabled(enabled);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                setEnabledDeep(child, enabled);
            }
        }
    }

    private void show(String text, boolean error) {
        message.setText(text);
        message.setData(AccountsWidgetIds.ERROR_KEY, Boolean.toString(error));
        message.setForeground(error ? message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        content.layout(true, true);
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }
}
