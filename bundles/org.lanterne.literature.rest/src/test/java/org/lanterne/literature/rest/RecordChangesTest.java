package org.lanterne.literature.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.WorkType;

import com.fasterxml.jackson.databind.ObjectMapper;

class RecordChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LiteratureRecord OLD = new LiteratureRecord("lit-1", "Ancien titre", List.of("Benali, Karim"),
            OptionalInt.of(2020), Optional.of("10.1/a"), "fr", "pdf", Set.of("prévention"), Optional.of("Maroc"), "a.pdf", "h");

    private static LiteratureRecord apply(String json, boolean put) throws Exception {
        return RecordChanges.apply(OLD, JSON.readTree(json), put);
    }

    @Test
    void patchChangesOnlyTheNamedFieldsAndNullClearsOne() throws Exception {
        LiteratureRecord r = apply("{\"title\": \" Nouveau titre \", \"year\": 2024, \"country\": null, \"type\": \"report\","
                + " \"doi\": \"https://doi.org/10.5555/ABC\"}", false);

        assertEquals("Nouveau titre", r.title());
        assertEquals(OptionalInt.of(2024), r.year());
        assertEquals(Optional.empty(), r.country());
        assertEquals(Optional.of("10.5555/abc"), r.doi());
        assertEquals(WorkType.REPORT, r.details().type());
        assertEquals(List.of("Benali, Karim"), r.authors());
        assertEquals(Set.of("prévention"), r.tags());
    }

    @Test
    void putReplacesEveryFieldAndMayCarryTheUnchangeableOnesBack() throws Exception {
        LiteratureRecord r = apply("{\"id\": \"lit-1\", \"sourceFileName\": \"a.pdf\", \"title\": \"Titre\", \"authors\": [\"UNICEF\"]}", true);

        assertEquals(List.of("UNICEF"), r.authors());
        assertEquals(OptionalInt.empty(), r.year());
        assertEquals("und", r.language());
        assertEquals(Set.of(), r.tags());
        assertEquals("pdf", r.documentType());
    }

    @Test
    void invalidCorrectionsAreRefusedNamingTheField() {
        assertEquals("The field id cannot be changed.", assertThrows(HttpProblem.class, () -> apply("{\"id\": \"lit-2\"}", false)).getMessage());
        assertEquals("Unknown field editor.", assertThrows(HttpProblem.class, () -> apply("{\"editor\": \"x\"}", false)).getMessage());
        assertEquals("A record needs a title.", assertThrows(HttpProblem.class, () -> apply("{\"authors\": []}", true)).getMessage());
        assertEquals("The field year must be a year such as 2024.",
                assertThrows(HttpProblem.class, () -> apply("{\"year\": \"2024\"}", false)).getMessage());
        assertEquals("The field doi must be a DOI such as 10.1234/abcd.",
                assertThrows(HttpProblem.class, () -> apply("{\"doi\": \"not a doi\"}", false)).getMessage());
        assertEquals("The field tags must be an array of at most 500 strings.",
                assertThrows(HttpProblem.class, () -> apply("{\"tags\": \"a\"}", false)).getMessage());
    }
}
