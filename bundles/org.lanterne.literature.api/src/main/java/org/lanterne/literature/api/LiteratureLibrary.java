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
