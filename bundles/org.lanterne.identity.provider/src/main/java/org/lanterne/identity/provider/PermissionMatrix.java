package org.lanterne.identity.provider;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Role;

/**
 * Which role may do what on which class of data, read from the bundled {@code permissions.txt}.
 * Deny by default: a pair that the file does not grant is refused. A file that cannot be read
 * exactly as intended stops the bundle's policy from starting, rather than granting by mistake.
 */
final class PermissionMatrix {

    private static final Map<Character, Action> LETTERS = Map.of('R', Action.READ, 'C', Action.CREATE, 'U', Action.UPDATE,
            'S', Action.SIGN_OFF, 'E', Action.EXPORT, 'A', Action.ADMINISTER);

    private final Map<Role, Map<DataClass, Set<Action>>> grants;

    private PermissionMatrix(Map<Role, Map<DataClass, Set<Action>>> grants) {
        this.grants = grants;
    }

    /** @return the matrix this bundle ships */
    static PermissionMatrix bundled() {
        try (InputStream in = PermissionMatrix.class.getResourceAsStream("permissions.txt")) {
            if (in == null) {
                throw new IllegalStateException("The bundle lacks its permission matrix");
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return parse(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PermissionMatrix parse(List<String> lines) {
        List<Role> columns = null;
        Map<Role, Map<DataClass, Set<Action>>> grants = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            grants.put(role, new EnumMap<>(DataClass.class));
        }
        for (String line : lines) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] cells = content.split("\\s+");
            if (columns == null) {
                if (!cells[0].equals("DATA_CLASS")) {
                    throw new IllegalStateException("The permission matrix must start with its header");
                }
                columns = new ArrayList<>();
                for (int i = 1; i < cells.length; i++) {
                    columns.add(Role.valueOf(cells[i]));
                }
                continue;
            }
            if (cells.length != columns.size() + 1) {
                throw new IllegalStateException("Permission matrix line with the wrong number of cells: " + content);
            }
            DataClass dataClass = DataClass.valueOf(cells[0]);
            for (int i = 1; i < cells.length; i++) {
                Set<Action> actions = EnumSet.noneOf(Action.class);
                if (!cells[i].equals("-")) {
                    for (char letter : cells[i].toCharArray()) {
                        Action action = LETTERS.get(letter);
                        if (action == null || !actions.add(action)) {
                            throw new IllegalStateException("Permission matrix cell not understood: " + cells[i]);
                        }
                    }
                }
                if (grants.get(columns.get(i - 1)).put(dataClass, Set.copyOf(actions)) != null) {
                    throw new IllegalStateException("Permission matrix line repeated: " + dataClass);
                }
            }
        }
        return new PermissionMatrix(grants);
    }

    boolean allows(Set<Role> roles, Action action, DataClass dataClass) {
        if (roles == null || action == null || dataClass == null) {
            return false;
        }
        for (Role role : roles) {
            if (role != null && grants.get(role).getOrDefault(dataClass, Set.of()).contains(action)) {
                return true;
            }
        }
        return false;
    }
}
