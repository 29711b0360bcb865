package org.lanterne.evaluation.export;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.lanterne.evaluation.disclosure.DisclosureReport;
import org.lanterne.evaluation.disclosure.KAnonymiser;
import org.lanterne.evaluation.disclosure.QuasiIdentifier;

/**
 * The rows of a dataset after de-identification, in the order of the exported variables:
 * identifiers replaced, dates made relative, direct identifiers and free text gone, k-anonymity
 * reached, categories coded, rows sorted so that their order says nothing of the original one.
 * Error messages name the variable and the row, never a value.
 */
final class Deidentified {

    private static final char[] BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    final List<Variable> exported;
    final List<String[]> rows;
    final List<Map<String, Integer>> codes;
    final DisclosureReport disclosure;

    // Many rows share a person and a day: each is converted once.
    private final Map<String, String> exportIds = new HashMap<>();
    private final Map<String, LocalDate> days = new HashMap<>();
    private final Mac mac;
    private final String scope;

    Deidentified(List<Variable> variables, List<String[]> input, ExportRequest request, byte[] identifierKey) {
        exported = variables.stream().filter(v -> v.role().exported()).toList();
        int participant = indexOf(variables, VariableRole.PARTICIPANT);
        int enrolment = indexOf(variables, VariableRole.ENROLMENT_DATE);
        if (enrolment < 0 && variables.stream().anyMatch(v -> v.role() == VariableRole.DATE)) {
            throw new IllegalArgumentException("Dates are exported as days since enrolment: the dataset needs an enrolment date.");
        }
        mac = mac(identifierKey);
        scope = request.scope();
        List<String[]> relative = new ArrayList<>(input.size());
        for (int r = 0; r < input.size(); r++) {
            String[] row = input.get(r);
            if (row.length != variables.size()) {
                throw new IllegalArgumentException("Row " + (r + 1) + " has " + row.length + " values for " + variables.size() + " variables.");
            }
            LocalDate enrolled = enrolment < 0 || row[enrolment].isEmpty() ? null : day(row[enrolment], variables.get(enrolment), r);
            String[] out = new String[exported.size()];
            int column = 0;
            for (int v = 0; v < variables.size(); v++) {
                Variable variable = variables.get(v);
                if (variable.role().exported()) {
                    out[column++] = value(variable, row[v], enrolled, r);
                }
            }
            relative.add(out);
        }
        List<QuasiIdentifier> quasiIdentifiers = new ArrayList<>();
        for (int c = 0; c < exported.size(); c++) {
            Variable variable = exported.get(c);
            if (variable.role() == VariableRole.QUASI_IDENTIFIER) {
                quasiIdentifiers.add(new QuasiIdentifier(c, variable.name(), variable.hierarchy()));
            }
        }
        KAnonymiser.Result anonymous = new KAnonymiser(request.k(), request.maxSuppressedShare()).anonymise(relative, quasiIdentifiers,
                participant < 0 ? -1 : exported.indexOf(variables.get(participant)));
        disclosure = anonymous.report();
        codes = new ArrayList<>();
        for (int c = 0; c < exported.size(); c++) {
            codes.add(exported.get(c).role().coded() ? codesOf(anonymous.records(), c) : Map.of());
        }
        // The anonymised records are copies already: coded in place, then sorted by their values.
        List<String[]> coded = new ArrayList<>(anonymous.records());
        for (String[] row : coded) {
            for (int c = 0; c < row.length; c++) {
                if (!codes.get(c).isEmpty() && !row[c].isEmpty()) {
                    row[c] = Integer.toString(codes.get(c).get(row[c]));
                }
            }
        }
        coded.sort(Arrays::compare);
        rows = coded;
    }

    private String value(Variable variable, String raw, LocalDate enrolled, int row) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        return switch (variable.role()) {
            case PARTICIPANT -> exportIds.computeIfAbsent(raw, code -> exportId(mac, scope, code));
            case DATE -> enrolled == null ? "" : Long.toString(ChronoUnit.DAYS.between(enrolled, day(raw, variable, row)));
            case MEASURE -> {
                try {
                    Double.parseDouble(raw);
                    yield raw;
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Variable " + variable.name() + " holds something that is not a number in row " + (row + 1) + ".");
                }
            }
            case CATEGORY -> {
                if (!variable.valueLabels().isEmpty() && !variable.valueLabels().containsKey(raw)) {
                    throw new IllegalArgumentException("Variable " + variable.name() + " holds a value its labels do not list in row " + (row + 1) + ".");
                }
                yield raw;
            }
            default -> raw;
        };
    }

    /** Codes 1, 2, ... for the values left, in their sorted order, so that the same data always get the same codes. */
    private static Map<String, Integer> codesOf(List<String[]> rows, int column) {
        Set<String> present = new HashSet<>();
        rows.forEach(row -> present.add(row[column]));
        present.remove("");
        Map<String, Integer> codes = new LinkedHashMap<>();
        present.stream().sorted().forEach(value -> codes.put(value, codes.size() + 1));
        return codes;
    }

    private LocalDate day(String raw, Variable variable, int row) {
        LocalDate known = days.get(raw);
        if (known != null) {
            return known;
        }
        try {
            LocalDate parsed = LocalDate.parse(raw);
            days.put(raw, parsed);
            return parsed;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Variable " + variable.name() + " holds something that is not a day (yyyy-mm-dd) in row " + (row + 1) + ".");
        }
    }

    /** 80 bits of HMAC-SHA256(key, scope, code) in Crockford base32: the same person gets the same identifier within a scope only. */
    private static String exportId(Mac mac, String scope, String code) {
        byte[] digest = mac.doFinal((scope + '\u0000' + code).getBytes(StandardCharsets.UTF_8));
        StringBuilder id = new StringBuilder();
        long bits = 0;
        int available = 0;
        for (int i = 0; i < 10; i++) {
            bits = bits << 8 | (digest[i] & 0xff);
            available += 8;
            while (available >= 5) {
                id.append(BASE32[(int) (bits >>> (available - 5)) & 31]);
                available -= 5;
            }
        }
        return id.toString();
    }

    private static Mac mac(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("The identifier key has at least 256 bits.");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Arrays.copyOf(key, key.length), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static int indexOf(List<Variable> variables, VariableRole role) {
        List<Integer> found = new ArrayList<>();
        for (int v = 0; v < variables.size(); v++) {
            if (variables.get(v).role() == role) {
                found.add(v);
            }
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException("A dataset has at most one " + role + " variable.");
        }
        return found.isEmpty() ? -1 : found.get(0);
    }
}
