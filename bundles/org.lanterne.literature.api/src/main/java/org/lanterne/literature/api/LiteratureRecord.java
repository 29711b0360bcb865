package org.lanterne.literature.api;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One document of the library, as extracted from a file or read from a reference list on import,
 * and as corrected by users since.
 *
 * @param id             stable identifier, derived from the content hash
 * @param title          the title, never blank (the file name when nothing better was found)
 * @param authors        the authors as written in the document's metadata, possibly empty
 * @param year           the publication year, if known
 * @param doi            the DOI in lower case without a resolver prefix, if known
 * @param language       ISO 639-1 code of the text's language ({@code fr}, {@code en}, {@code ar}),
 *                       or {@code und} when it could not be told
 * @param documentType   short type derived from the file format: {@code pdf}, {@code docx},
 *                       {@code odt}, {@code html}, {@code epub}, {@code text}, ...; {@code reference}
 *                       for a record imported from a reference list, without a file
 * @param tags           user tags, possibly empty
 * @param country        the country the document is about, if known
 * @param sourceFileName the name of the file (or reference list) it was imported from
 * @param contentHash    SHA-256 of the imported file's bytes (of the reference's normalised
 *                       metadata for a reference), lower-case hexadecimal
 * @param details        the kind of work, abstract, journal, publisher, ...
 */
public record LiteratureRecord(String id, String title, List<String> authors, OptionalInt year, Optional<String> doi,
        String language, String documentType, Set<String> tags, Optional<String> country, String sourceFileName,
        String contentHash, BibliographicDetails details) {

    /** The type of records imported from a reference list, which have no file. */
    public static final String REFERENCE = "reference";

    public LiteratureRecord {
        authors = List.copyOf(authors);
        tags = Set.copyOf(tags);
    }

    /** A record without bibliographic details (API 1.0). */
    public LiteratureRecord(String id, String title, List<String> authors, OptionalInt year, Optional<String> doi,
            String language, String documentType, Set<String> tags, Optional<String> country, String sourceFileName,
            String contentHash) {
        this(id, title, authors, year, doi, language, documentType, tags, country, sourceFileName, contentHash,
                BibliographicDetails.none());
    }
}
