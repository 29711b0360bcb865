package org.lanterne.literature.api;

/**
 * Two records of the library that look like the same work, offered for merge.
 *
 * @param firstId  the record imported first (by id order when that is not known)
 * @param secondId the other record
 * @param reason   why they look the same, in English, for people: "same DOI ..." or "same title and year ..."
 */
public record PossibleDuplicate(String firstId, String secondId, String reason) {
}
