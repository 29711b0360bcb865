package org.lanterne.evaluation.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.lanterne.evaluation.disclosure.Hierarchy;

/**
 * One column of a dataset to export.
 *
 * @param name        a name R, SPSS and Stata all accept: a lower-case letter, then up to 31
 *                    lower-case letters, digits or underscores
 * @param role        what de-identification does with it
 * @param label       what it means, for the codebook and the variable labels
 * @param unit        its unit ({@code days}, {@code points}), or empty
 * @param valueLabels for coded columns, each value's label; values not listed are labelled with
 *                    themselves (codes follow the sorted values, whatever the order of this map)
 * @param hierarchy   for quasi-identifiers, how they are generalised; else {@code null}
 */
public record Variable(String name, VariableRole role, String label, String unit, Map<String, String> valueLabels, Hierarchy hierarchy) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    public Variable {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A variable name is a lower-case letter then up to 31 lower-case letters, digits or "
                    + "underscores, so that R, SPSS and Stata accept it: " + name + ".");
        }
        if (role == VariableRole.QUASI_IDENTIFIER && hierarchy == null) {
            throw new IllegalArgumentException("Quasi-identifier " + name + " needs a generalisation hierarchy.");
        }
        unit = unit == null ? "" : unit;
        valueLabels = valueLabels == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(valueLabels));
    }

    public static Variable participant(String name, String label) {
        return new Variable(name, VariableRole.PARTICIPANT, label, "", null, null);
    }

    public static Variable enrolmentDate(String name) {
        return new Variable(name, VariableRole.ENROLMENT_DATE, "Day of enrolment", "", null, null);
    }

    public static Variable date(String name, String label) {
        return new Variable(name, VariableRole.DATE, label, "days since enrolment", null, null);
    }

    public static Variable quasiIdentifier(String name, String label, Hierarchy hierarchy, Map<String, String> valueLabels) {
        return new Variable(name, VariableRole.QUASI_IDENTIFIER, label, "", valueLabels, hierarchy);
    }

    public static Variable category(String name, String label, Map<String, String> valueLabels) {
        return new Variable(name, VariableRole.CATEGORY, label, "", valueLabels, null);
    }

    public static Variable measure(String name, String label, String unit) {
        return new Variable(name, VariableRole.MEASURE, label, unit, null, null);
    }

    /** A column that is never exported: a direct identifier or free text. */
    public static Variable neverExported(String name, VariableRole role) {
        if (role.exported()) {
            throw new IllegalArgumentException(role + " columns are exported.");
        }
        return new Variable(name, role, "", "", null, null);
    }

    /** @return the name of the exported column: dates carry the suffix {@code _day} */
    public String exportedName() {
        return role == VariableRole.DATE ? name + "_day" : name;
    }
}
