package org.lanterne.literature.provider.references;

import org.lanterne.literature.api.LiteratureRecord;

/**
 * One reference read from a list, before the library gives it an id.
 *
 * @param line  the one-based line where the reference starts in the list
 * @param draft the reference as a record with an empty id and content hash; its title is blank
 *              when the list gave none
 */
public record ReferenceEntry(int line, LiteratureRecord draft) {
}
