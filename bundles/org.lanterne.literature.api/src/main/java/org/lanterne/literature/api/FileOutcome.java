package org.lanterne.literature.api;

import java.util.Optional;

/**
 * What an import did with one file.
 *
 * @param file        the file's path as given or found in a given folder
 * @param status      imported, duplicate or rejected
 * @param recordId    the new record's id when imported
 * @param duplicateOf the id of the record it duplicates, when it is a duplicate
 * @param reason      why it was rejected or why it counts as a duplicate, in English, for people
 */
public record FileOutcome(String file, Status status, Optional<String> recordId, Optional<String> duplicateOf,
        Optional<String> reason) {

    /** The outcome for one file. */
    public enum Status {
        /** extracted and indexed */
        IMPORTED,
        /** not imported: the library already holds the same document */
        DUPLICATE,
        /** not imported: the file could not be read within the limits */
        REJECTED
    }

    public static FileOutcome imported(String file, String recordId) {
        return new FileOutcome(file, Status.IMPORTED, Optional.of(recordId), Optional.empty(), Optional.empty());
    }

    public static FileOutcome duplicate(String file, String duplicateOf, String reason) {
        return new FileOutcome(file, Status.DUPLICATE, Optional.empty(), Optional.of(duplicateOf), Optional.of(reason));
    }

    public static FileOutcome rejected(String file, String reason) {
        return new FileOutcome(file, Status.REJECTED, Optional.empty(), Optional.empty(), Optional.of(reason));
    }
}
