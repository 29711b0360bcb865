package org.lanterne.admin.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.UserService;

/** {@code lanterne:user-disable}: stops an account from signing in and ends its sessions. */
@Service
@Command(scope = "lanterne", name = "user-disable", description = "Disables an account")
public class UserDisableCommand extends AdministratorCommand {

    @Argument(index = 0, name = "name", required = true, description = "the account's name")
    String name;

    @Reference
    UserService users;

    @Override
    Object execute(Session acting) {
        System.out.println("Disabled " + UserListCommand.describe(users.disable(acting, name)));
        return null;
    }
}
