package org.lanterne.literature.api;

/** The reference-list formats the library imports and exports. */
public enum ReferenceFormat {
    /** RIS, the tagged format of most reference managers and databases */
    RIS("application/x-research-info-systems", "ris"),
    /** BibTeX, for LaTeX */
    BIBTEX("application/x-bibtex", "bib"),
    /** CSL-JSON, the input of citation processors (Zotero, Pandoc) */
    CSL_JSON("application/vnd.citationstyles.csl+json", "json");

    private final String mediaType;
    private final String extension;

    ReferenceFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** @return the media type of a file in this format */
    public String mediaType() {
        return mediaType;
    }

    /** @return the usual file name extension, without the dot */
    public String extension() {
        return extension;
    }
}
