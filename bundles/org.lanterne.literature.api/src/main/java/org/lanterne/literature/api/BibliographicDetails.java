package org.lanterne.literature.api;

import java.util.Optional;

/**
 * What a reference list says about a work beyond its title, authors, year and DOI.
 *
 * @param type         the kind of work
 * @param abstractText the abstract, if known
 * @param container    the journal, book or series it appeared in, if any
 * @param volume       the volume, if any
 * @param issue        the issue or number, if any
 * @param pages        the pages, for example {@code 12-34}, if any
 * @param publisher    the publisher or institution, if known
 * @param url          where the work can be read, if known
 */
public record BibliographicDetails(WorkType type, Optional<String> abstractText, Optional<String> container,
        Optional<String> volume, Optional<String> issue, Optional<String> pages, Optional<String> publisher,
        Optional<String> url) {

    private static final BibliographicDetails NONE = new BibliographicDetails(WorkType.OTHER, Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** @return details that say nothing: type {@link WorkType#OTHER}, every other value empty */
    public static BibliographicDetails none() {
        return NONE;
    }
}
