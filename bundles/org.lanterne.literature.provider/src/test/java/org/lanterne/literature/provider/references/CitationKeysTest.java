package org.lanterne.literature.provider.references;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lanterne.literature.api.LiteratureRecord;

class CitationKeysTest {

    private static LiteratureRecord record(String id, String title, String author, Integer year) {
        return new LiteratureRecord(id, title, author == null ? List.of() : List.of(author),
                year == null ? OptionalInt.empty() : OptionalInt.of(year), Optional.empty(), "fr", "pdf", Set.of(),
                Optional.empty(), "f.pdf", "h");
    }

    @Test
    void keysAreFamilyYearAndFirstLongTitleWordFoldedToAscii() {
        assertEquals("benali2021prevention", CitationKeys.base(record("1", "La prévention", "Benali, Karim", 2021)));
        assertEquals("unicef2022etude", CitationKeys.base(record("1", "Une étude", "UNICEF Maroc", 2022)));
        assertEquals("anonndcoeur", CitationKeys.base(record("1", "Le cœur", null, null)));
    }

    @Test
    void sameKeysGetSuffixesInTheOrderOfTheIdsWhateverTheOrderOfTheSelection() {
        LiteratureRecord first = record("lit-a", "Rapport annuel", "UNICEF", 2024);
        LiteratureRecord second = record("lit-b", "Rapport annuel bis", "UNICEF", 2024);
        LiteratureRecord other = record("lit-c", "Autre", "UNICEF", 2024);

        Map<String, String> keys = CitationKeys.of(List.of(second, other, first));

        assertEquals(Map.of("lit-a", "unicef2024rapporta", "lit-b", "unicef2024rapportb", "lit-c", "unicef2024autre"), keys);
        assertEquals(keys, CitationKeys.of(List.of(first, other, second)));
    }
}
