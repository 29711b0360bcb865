package org.lanterne.literature.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reference lists in and out of the library: RIS, BibTeX and CSL-JSON. Imported references are
 * records without a file, searchable on their title, authors and abstract.
 */
@ProviderType
public interface LiteratureReferences {

    /**
     * Starts importing the references of a list in the background, after the imports already
     * started. Each reference ends in the job's report, its {@code file} being the list's name and
     * the line where the reference starts: imported, duplicate (same DOI, same title and year, or
     * the same reference imported before) or rejected (no title).
     *
     * @param listName the list's file name, kept as the records' source file name
     * @param content  the list's text
     * @param format   its format
     * @return the running job
     * @throws ReferenceFormatException if the list cannot be read; the message names the line
     */
    ImportJob importReferences(String listName, String content, ReferenceFormat format) throws ReferenceFormatException;

    /**
     * @param ids    the records to export, in this order
     * @param format the format
     * @return the records as a reference list, with one stable citation key per record
     * @throws IllegalArgumentException naming the first id the library does not hold
     */
    String export(List<String> ids, ReferenceFormat format);
}
