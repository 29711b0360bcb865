package org.lanterne.literature.provider;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What Tika found in one file.
 *
 * @param text        the text, cut at the character limit
 * @param truncated   whether the character limit cut it
 * @param contentType the detected media type without parameters
 * @param title       the title from the file's metadata
 * @param authors     the authors from the file's metadata
 * @param year        the creation year from the file's metadata
 * @param doi         a DOI from the file's metadata
 * @param language    the language from the file's metadata (often a word processor's default)
 */
record Extraction(String text, boolean truncated, String contentType, Optional<String> title, List<String> authors,
        OptionalInt year, Optional<String> doi, Optional<String> language) {
}
