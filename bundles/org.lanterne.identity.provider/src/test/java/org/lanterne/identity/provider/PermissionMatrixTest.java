package org.lanterne.identity.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Role;

/** The bundled matrix against the table of docs/security.md, cell by cell. */
class PermissionMatrixTest {

    private static final Path DOC = Path.of("../../docs/security.md");
    private static final List<Role> DOC_COLUMNS = List.of(Role.CLINICIAN, Role.SUPERVISOR, Role.RESEARCHER, Role.PROGRAMME_LEAD,
            Role.ADMINISTRATOR);
    private static final Map<String, Action> LETTERS = Map.of("R", Action.READ, "C", Action.CREATE, "U", Action.UPDATE,
            "S", Action.SIGN_OFF, "E", Action.EXPORT, "A", Action.ADMINISTER);

    private final PermissionMatrix matrix = PermissionMatrix.bundled();

    /** Role → data class → actions, read from the documented table. */
    private static Map<Role, Map<DataClass, Set<Action>>> documented() throws IOException {
        Map<Role, Map<DataClass, Set<Action>>> table = new EnumMap<>(Role.class);
        DOC_COLUMNS.forEach(role -> table.put(role, new EnumMap<>(DataClass.class)));
        boolean inMatrix = false;
        for (String line : Files.readAllLines(DOC)) {
            if (line.startsWith("## ")) {
                inMatrix = line.equals("## Permission matrix");
            }
            if (!inMatrix || !line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|");
            assertEquals(DOC_COLUMNS.size() + 1, cells.length, line);
            DataClass dataClass = DataClass.valueOf(cells[0].strip().replace("`", ""));
            for (int i = 1; i < cells.length; i++) {
                Set<Action> actions = EnumSet.noneOf(Action.class);
                String cell = cells[i].strip();
                if (!cell.equals("—")) {
                    for (String letter : cell.split(" ")) {
                        actions.add(LETTERS.get(letter));
                    }
                }
                table.get(DOC_COLUMNS.get(i - 1)).put(dataClass, actions);
            }
        }
        return table;
    }

    @Test
    void everyCellOfTheDocumentedTableIsWhatThePolicyEnforces() throws IOException {
        Map<Role, Map<DataClass, Set<Action>>> documented = documented();
        int cells = 0;
        for (Role role : Role.values()) {
            Map<DataClass, Set<Action>> row = documented.get(role);
            assertEquals(EnumSet.allOf(DataClass.class), row.keySet(), "the documentation lists every data class for " + role);
            for (DataClass dataClass : DataClass.values()) {
                for (Action action : Action.values()) {
                    assertEquals(row.get(dataClass).contains(action), matrix.allows(Set.of(role), action, dataClass),
                            role + " " + action + " " + dataClass);
                    cells++;
                }
            }
        }
        assertEquals(5 * 6 * 9, cells);
    }

    @Test
    void administratorsManageAccountsButReadNoClinicalData() {
        Set<Role> administrator = Set.of(Role.ADMINISTRATOR);
        assertTrue(matrix.allows(administrator, Action.ADMINISTER, DataClass.ACCOUNT));
        assertTrue(matrix.allows(administrator, Action.READ, DataClass.AUDIT));
        for (DataClass clinical : List.of(DataClass.PERSON_IDENTIFYING, DataClass.CLINICAL_NOTE, DataClass.ASSESSMENT,
                DataClass.SELF_HELP_PARTICIPANT)) {
            assertFalse(matrix.allows(administrator, Action.READ, clinical), clinical.toString());
        }
    }

    @Test
    void researchersSeeOnlyAggregatesDeIdentifiedDataAndLiterature() {
        Set<Role> researcher = Set.of(Role.RESEARCHER);
        for (DataClass dataClass : DataClass.values()) {
            boolean expected = dataClass == DataClass.AGGREGATE || dataClass == DataClass.DE_IDENTIFIED || dataClass == DataClass.LITERATURE;
            assertEquals(expected, matrix.allows(researcher, Action.READ, dataClass), dataClass.toString());
        }
    }

    @Test
    void nobodyExportsIdentifyingOrClinicalData() {
        Set<Role> everyone = EnumSet.allOf(Role.class);
        assertFalse(matrix.allows(everyone, Action.EXPORT, DataClass.PERSON_IDENTIFYING));
        assertFalse(matrix.allows(everyone, Action.EXPORT, DataClass.CLINICAL_NOTE));
        assertFalse(matrix.allows(everyone, Action.EXPORT, DataClass.ASSESSMENT));
    }

    @Test
    void rolesAddUpAndNoRoleOrNoArgumentMeansNo() {
        assertTrue(matrix.allows(Set.of(Role.CLINICIAN, Role.SUPERVISOR), Action.SIGN_OFF, DataClass.CLINICAL_NOTE));
        assertTrue(matrix.allows(Set.of(Role.CLINICIAN, Role.SUPERVISOR), Action.CREATE, DataClass.CLINICAL_NOTE));
        assertFalse(matrix.allows(Set.of(), Action.READ, DataClass.LITERATURE));
        assertFalse(matrix.allows(null, Action.READ, DataClass.LITERATURE));
        assertFalse(matrix.allows(Set.of(Role.CLINICIAN), null, DataClass.LITERATURE));
        assertFalse(matrix.allows(Set.of(Role.CLINICIAN), Action.READ, null));
    }

    @Test
    void aDataClassMissingFromTheFileIsDeniedToEveryone() {
        PermissionMatrix partial = PermissionMatrix.parse(List.of("DATA_CLASS CLINICIAN", "LITERATURE R"));

        assertTrue(partial.allows(Set.of(Role.CLINICIAN), Action.READ, DataClass.LITERATURE));
        assertFalse(partial.allows(EnumSet.allOf(Role.class), Action.READ, DataClass.AGGREGATE));
        assertFalse(partial.allows(Set.of(Role.ADMINISTRATOR), Action.READ, DataClass.LITERATURE));
    }

    @Test
    void aMatrixFileThatIsNotExactlyUnderstoodIsRejected() {
        List<List<String>> broken = new ArrayList<>();
        broken.add(List.of("LITERATURE R"));
        broken.add(List.of("DATA_CLASS CLINICIAN", "LITERATURE X"));
        broken.add(List.of("DATA_CLASS CLINICIAN", "LITERATURE RR"));
        broken.add(List.of("DATA_CLASS CLINICIAN", "LITERATURE R R"));
        broken.add(List.of("DATA_CLASS CLINICIAN", "BOOKS R"));
        broken.add(List.of("DATA_CLASS JANITOR", "LITERATURE R"));
        broken.add(List.of("DATA_CLASS CLINICIAN", "LITERATURE R", "LITERATURE -"));
        for (List<String> lines : broken) {
            assertThrows(RuntimeException.class, () -> PermissionMatrix.parse(lines), lines.toString());
        }
    }
}
