package org.lanterne.admin.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.UserAccount;
import org.lanterne.identity.api.UserService;

import java.util.stream.Collectors;

/** {@code lanterne:user-list}: every account with its roles and state. */
@Service
@Command(scope = "lanterne", name = "user-list", description = "Lists the accounts")
public class UserListCommand extends AdministratorCommand {

    @Reference
    UserService users;

    @Override
    Object execute(Session acting) {
        users.list(acting).forEach(account -> System.out.println(describe(account)));
        return null;
    }

    static String describe(UserAccount account) {
        String roles = account.roles().stream().map(UserListCommand::roleName).sorted().collect(Collectors.joining(","));
        return account.name() + " [" + roles + "] " + (account.enabled() ? "enabled" : "disabled");
    }

    private static String roleName(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
