package org.lanterne.evaluation.api;

import java.time.LocalDate;

/**
 * What a programme lead asks to export.
 *
 * @param programme the programme's id
 * @param from      the first day of enrolment included
 * @param to        the last day of enrolment included
 * @param variables which records and columns
 * @param k         every combination of quasi-identifiers must be shared by at least k people; from 2 to 100
 */
public record ExportOrder(String programme, LocalDate from, LocalDate to, VariableSet variables, int k) {

    /** The smallest and largest k accepted. */
    public static final int MIN_K = 2;
    public static final int MAX_K = 100;

    public ExportOrder {
        if (programme == null || !programme.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("A programme id is 1 to 64 lower-case letters, digits and hyphens.");
        }
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("The period needs a first day no later than its last day.");
        }
        if (variables == null) {
            throw new IllegalArgumentException("Name the variable set.");
        }
        if (k < MIN_K || k > MAX_K) {
            throw new IllegalArgumentException("k is from " + MIN_K + " to " + MAX_K + ", not " + k + ".");
        }
    }
}
