package org.lanterne.selfhelp.api;

/**
 * A number of people in an aggregate. Counts from 1 to 4 are suppressed, and so is a second cell
 * where one suppressed cell could otherwise be worked out from a total.
 *
 * @param value the count, or {@code null} when it is suppressed
 */
public record Count(Integer value) {

    /** @return whether the count is withheld */
    public boolean suppressed() {
        return value == null;
    }
}
