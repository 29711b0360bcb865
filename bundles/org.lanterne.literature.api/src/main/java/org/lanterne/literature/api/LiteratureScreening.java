package org.lanterne.literature.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Organising and screening the library for a systematic review: tags on records, reviewers' notes,
 * and each reviewer's decision (include, exclude with a reason, maybe) with its history, the
 * records on which reviewers disagree, and PRISMA counts. Reviewers are named by their user name,
 * which the caller takes from the signed-in session; the caller also checks the permissions.
 * A review is the whole library, or the records of one tag.
 */
@ProviderType
public interface LiteratureScreening {

    /**
     * Adds a tag to a record; the index is updated, so that {@code tag:} and the tag facet find it.
     *
     * @return the record as stored
     * @throws IllegalArgumentException if there is no such record or the tag is blank, longer than
     *                                  100 characters or holds quotes, backslashes or control characters
     */
    LiteratureRecord tag(String recordId, String tag);

    /**
     * Removes a tag from a record (ignoring case and accents); nothing changes if it has no such tag.
     *
     * @return the record as stored
     * @throws IllegalArgumentException if there is no such record
     */
    LiteratureRecord untag(String recordId, String tag);

    /**
     * @param author the user name of the reviewer writing the note
     * @param text   the note, at most 10,000 characters
     * @return the note as kept
     * @throws IllegalArgumentException if there is no such record or the text is blank or too long
     */
    ReviewNote addNote(String recordId, String author, String text);

    /** @return the notes about the record, oldest first */
    List<ReviewNote> notes(String recordId);

    /**
     * Records a reviewer's decision about a record; their earlier decisions stay in the history.
     *
     * @param reason why the record is excluded: required to exclude, refused otherwise; at most 200 characters
     * @return the decision as kept
     * @throws IllegalArgumentException if there is no such record or the reason does not fit the decision
     */
    ScreeningDecision decide(String recordId, String reviewer, Decision decision, Optional<String> reason);

    /** @return every decision about the record by every reviewer, oldest first */
    List<ScreeningDecision> decisions(String recordId);

    /**
     * Merges two records of the same work ({@link LiteratureLibrary#merge}) and moves the merged
     * record's notes and decisions to the kept record, where they join its history in the order
     * they were written (so each reviewer's latest decision, on either record, stands).
     *
     * @return the kept record as stored
     * @throws IllegalArgumentException if either record does not exist or both are the same
     */
    LiteratureRecord merge(String keptId, String mergedId);

    /**
     * @param tag the tag of the review, or empty for the whole library
     * @return the records on which reviewers' latest decisions differ, by record id
     * @throws IllegalArgumentException if the tag cannot be a tag
     */
    List<ScreeningConflict> conflicts(Optional<String> tag);

    /**
     * @param tag the tag of the review, or empty for the whole library
     * @return the screening of the review counted as in a PRISMA flow diagram
     * @throws IllegalArgumentException if the tag cannot be a tag
     */
    PrismaCounts prisma(Optional<String> tag);
}
