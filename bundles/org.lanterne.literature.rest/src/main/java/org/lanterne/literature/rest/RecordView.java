package org.lanterne.literature.rest;

import java.util.List;
import java.util.Locale;

import org.lanterne.literature.api.BibliographicDetails;
import org.lanterne.literature.api.LiteratureRecord;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A record as the API shows it: absent values are left out, the work type is written in lower
 * case ({@code article}, {@code web_page}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordView(String id, String title, List<String> authors, Integer year, String doi, String language,
        String documentType, List<String> tags, String country, String sourceFileName, String type, @JsonProperty("abstract") String abstractText,
        String container, String volume, String issue, String pages, String publisher, String url) {

    static RecordView of(LiteratureRecord r) {
        BibliographicDetails d = r.details();
        return new RecordView(r.id(), r.title(), r.authors(), r.year().isPresent() ? r.year().getAsInt() : null,
                r.doi().orElse(null), r.language(), r.documentType(), r.tags().stream().sorted().toList(),
                r.country().orElse(null), r.sourceFileName(), d.type().name().toLowerCase(Locale.ROOT),
                d.abstractText().orElse(null), d.container().orElse(null), d.volume().orElse(null), d.issue().orElse(null),
                d.pages().orElse(null), d.publisher().orElse(null), d.url().orElse(null));
    }
}
