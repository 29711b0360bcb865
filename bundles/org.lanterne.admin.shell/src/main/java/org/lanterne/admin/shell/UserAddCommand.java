package org.lanterne.admin.shell;

import java.io.IOException;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.SessionService;
import org.lanterne.identity.api.UserAccount;
import org.lanterne.identity.api.UserService;

/**
 * {@code lanterne:user-add}: creates an account. The very first account of an installation is an
 * administrator created without {@code --as}; every later one needs an administrator.
 */
@Service
@Command(scope = "lanterne", name = "user-add", description = "Creates an account; passwords come from the secrets file, one per line")
public class UserAddCommand implements Action {

    @Argument(index = 0, name = "name", required = true, description = "the account's name")
    String name;

    @Option(name = "--role", multiValued = true, required = true, description = "a role: clinician, supervisor, researcher, programme-lead, administrator")
    List<String> roles;

    @Option(name = "--as", description = "the administrator who acts (not for the first account); the password is the first line of the secrets file")
    String administrator;

    @Option(name = "--secrets", required = true, description = "an owner-only file with the passwords, one per line; deleted once read")
    String secrets;

    @Reference
    SessionService sessions;

    @Reference
    UserService users;

    @Override
    public Object execute() throws IOException {
        try (SecretInput input = SecretInput.open(secrets)) {
            System.out.println("Created " + UserListCommand.describe(create(input)));
        }
        return null;
    }

    private UserAccount create(SecretInput input) throws IOException {
        UserAccount account;
        if (administrator == null) {
            if (!users.bootstrapNeeded()) {
                throw new IllegalStateException("Accounts exist already: an administrator must act, with --as NAME.");
            }
            if (!AdministratorCommand.roles(roles).equals(java.util.Set.of(Role.ADMINISTRATOR))) {
                throw new IllegalStateException("The first account of an installation is an administrator: use --role administrator.");
            }
            account = users.bootstrapAdministrator(name, input.readLine("the new password"));
        } else {
            org.lanterne.identity.api.Session acting = sessions.signIn(administrator, input.readLine("the password of " + administrator));
            try {
                account = users.add(acting, name, AdministratorCommand.roles(roles), input.readLine("the new password"));
            } finally {
                sessions.signOut(acting.token());
            }
        }
        return account;
    }
}
