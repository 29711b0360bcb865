package org.lanterne.literature.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The library of documents: imports files and gives access to the records. */
@ProviderType
public interface LiteratureLibrary {

    /**
     * Starts importing files and folders (folders recursively, hidden files skipped) in the
     * background. Jobs run one after another. Every file ends in the job's report: imported,
     * duplicate of a record already in the library, or rejected with a reason.
     *
     * @param paths files or folders to import
     * @return the running job
     */
    ImportJob start(List<Path> paths);

    /** @return the record with this id, if the library holds it */
    Optional<LiteratureRecord> record(String id);

    /**
     * Corrects a record's metadata: title, authors, year, DOI, language, tags, country and
     * bibliographic details. The id, source file name, document type and content hash stay as
     * imported. A reference's abstract is its searchable text, so correcting it re-indexes it.
     *
     * @param corrected the record with the corrected values and the id of the record to change
     * @return the record as stored
     * @throws IllegalArgumentException if the library holds no record with that id
     * @throws java.io.UncheckedIOException if the record cannot be written
     */
    LiteratureRecord correct(LiteratureRecord corrected);

    /**
     * @return the record's stored text (for a reference, its abstract), as extracted on import,
     *         if the library holds the record
     * @throws java.io.UncheckedIOException if the text cannot be read
     */
    Optional<String> text(String id);

    /**
     * @return the records that look like the same work: the same DOI, or the same normalised title
     *         (lower case, without accents or punctuation) and the same year. Duplicates found on
     *         import are not imported; these are records that became alike later (a correction,
     *         a reference list and a file of the same work, records imported before a rule applied)
     */
    List<PossibleDuplicate> possibleDuplicates();

    /**
     * Merges a record into another of the same work: the kept record gains the other's tags, and
     * the DOI, year, authors and country it lacks; it keeps the other's provenance. The other record
     * leaves the library, and importing its file again reports it as a duplicate of the kept
     * record. Screening notes and decisions are moved by {@link LiteratureScreening#merge}, which
     * calls this.
     *
     * @return the kept record as stored
     * @throws IllegalArgumentException if either record does not exist or both are the same
     * @throws java.io.UncheckedIOException if the records cannot be written
     */
    LiteratureRecord merge(String keptId, String mergedId);

    /**
     * @return where the record came from: its own file or list first, then those of the records
     *         merged into it, oldest merge first; empty if there is no such record
     */
    List<Provenance> provenance(String id);

    /** @return how many records the library holds */
    int size();

    /**
     * Rebuilds the index from the stored texts and metadata, without extracting any file again,
     * after the imports already started. Searches during the rebuild see part of the library.
     *
     * @return the running job, with one outcome per record re-indexed
     */
    ImportJob rebuildIndex();
}
