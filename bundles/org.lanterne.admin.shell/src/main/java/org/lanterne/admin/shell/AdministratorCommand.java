package org.lanterne.admin.shell;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.SessionService;

/**
 * A console command that acts as an administrator of Lanterne: the console account proves access
 * to the machine, not to the people's data, so the command signs in with {@code --as} and the
 * administrator's password, the first line of its secrets file. Secrets travel in a file that
 * only the server's user can read, never on a command line.
 */
abstract class AdministratorCommand implements Action {

    @Option(name = "--as", description = "the administrator who acts; the password is the first line of the secrets file", required = true)
    String administrator;

    @Option(name = "--secrets", required = true, description = "an owner-only file with the passwords, one per line; deleted once read")
    String secrets;

    @Reference
    SessionService sessions;

    private SecretInput input;

    final SecretInput input() {
        return input;
    }

    @Override
    public final Object execute() throws Exception {
        try (SecretInput opened = SecretInput.open(secrets)) {
            input = opened;
            org.lanterne.identity.api.Session acting = sessions.signIn(administrator, input.readLine("the password of " + administrator));
            try {
                return execute(acting);
            } finally {
                sessions.signOut(acting.token());
            }
        }
    }

    abstract Object execute(org.lanterne.identity.api.Session acting) throws IOException;

    /** @return the roles named, in any case, with dashes or underscores: {@code programme-lead} */
    static Set<Role> roles(Iterable<String> names) {
        Set<Role> roles = new TreeSet<>();
        for (String name : names) {
            String constant = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                roles.add(Role.valueOf(constant));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown role '" + name + "': use clinician, supervisor, researcher, "
                        + "programme-lead or administrator.", e);
            }
        }
        return roles;
    }
}
