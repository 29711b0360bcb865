package org.lanterne.literature.api;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One document of the library, as extracted on import (and, later, as corrected by a user).
 *
 * @param id             stable identifier, derived from the content hash
 * @param title          the title, never blank (the file name when nothing better was found)
 * @param authors        the authors as written in the document's metadata, possibly empty
 * @param year           the publication year, if known
 * @param doi            the DOI in lower case without a resolver prefix, if known
 * @param language       ISO 639-1 code of the text's language ({@code fr}, {@code en}, {@code ar}),
 *                       or {@code und} when it could not be told
 * @param documentType   short type derived from the file format: {@code pdf}, {@code docx},
 *                       {@code odt}, {@code html}, {@code epub}, {@code text}, ...
 * @param tags           user tags, possibly empty
 * @param country        the country the document is about, if known
 * @param sourceFileName the name of the file it was imported from
 * @param contentHash    SHA-256 of the imported file's bytes, lower-case hexadecimal
 */
public record LiteratureRecord(String id, String title, List<String> authors, OptionalInt year, Optional<String> doi,
        String language, String documentType, Set<String> tags, Optional<String> country, String sourceFileName,
        String contentHash) {

    public LiteratureRecord {
        authors = List.copyOf(authors);
        tags = Set.copyOf(tags);
    }
}
