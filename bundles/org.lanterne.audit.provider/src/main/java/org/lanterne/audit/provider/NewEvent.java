package org.lanterne.audit.provider;

import org.lanterne.audit.api.Outcome;

/** What a caller asks to record, checked before it is handed to the appender. */
record NewEvent(String actor, String action, String recordType, String recordId, Outcome outcome) {

    NewEvent {
        requireText("actor", actor, 64, true);
        requireText("action", action, 64, true);
        requireText("record type", recordType, 64, false);
        requireText("record id", recordId, 128, false);
        if (outcome == null) {
            throw new IllegalArgumentException("An audit event needs an outcome");
        }
    }

    private static void requireText(String what, String value, int maxLength, boolean required) {
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException("An audit event needs an " + what);
            }
            return;
        }
        // Messages name the field, never its value: values may be personal.
        if (value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException("The " + what + " of an audit event must have 1 to " + maxLength + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The " + what + " of an audit event must not hold control characters");
        }
    }
}
