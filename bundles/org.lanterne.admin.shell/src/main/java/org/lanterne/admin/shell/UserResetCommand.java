package org.lanterne.admin.shell;

import java.io.IOException;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.UserService;

/** {@code lanterne:user-reset}: sets a new password (second line of the input) and lifts a lockout. */
@Service
@Command(scope = "lanterne", name = "user-reset", description = "Sets a new password for an account")
public class UserResetCommand extends AdministratorCommand {

    @Argument(index = 0, name = "name", required = true, description = "the account's name")
    String name;

    @Reference
    UserService users;

    @Override
    Object execute(Session acting) throws IOException {
        System.out.println("New password for " + UserListCommand.describe(users.resetPassword(acting, name, input().readLine("the new password"))));
        return null;
    }
}
