package org.lanterne.literature.provider.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.ReferenceFormatException;
import org.lanterne.literature.api.WorkType;

class CslJsonCodecTest {

    private final CslJsonCodec csl = new CslJsonCodec();

    @Test
    void readsPersonsLiteralNamesDatePartsAndNumbersWithTheLineOfEachItem() throws Exception {
        String list = "[\n"
                + "  {\"id\": \"a\", \"type\": \"article-journal\", \"title\": \"Sécurité en ligne\",\n"
                + "   \"author\": [{\"family\": \"Dupont\", \"given\": \"Marie\"}, {\"literal\": \"UNICEF\"}],\n"
                + "   \"issued\": {\"date-parts\": [[2023, 5, 2]]}, \"volume\": 7, \"page\": \"1-9\",\n"
                + "   \"DOI\": \"10.1/ABC\", \"language\": \"fr-FR\", \"keyword\": \"enfance, sécurité\"},\n"
                + "  {\"type\": \"report\", \"title\": \"Second\", \"issued\": {\"raw\": \"2019\"}}\n"
                + "]";

        List<ReferenceEntry> entries = csl.read("refs.json", list);

        assertEquals(List.of(2, 6), entries.stream().map(ReferenceEntry::line).toList());
        LiteratureRecord r = entries.get(0).draft();
        assertEquals("Sécurité en ligne", r.title());
        assertEquals(List.of("Dupont, Marie", "UNICEF"), r.authors());
        assertEquals(OptionalInt.of(2023), r.year());
        assertEquals(Optional.of("7"), r.details().volume());
        assertEquals(Optional.of("10.1/abc"), r.doi());
        assertEquals("fr", r.language());
        assertEquals(java.util.Set.of("enfance", "sécurité"), r.tags());
        assertEquals(WorkType.REPORT, entries.get(1).draft().details().type());
        assertEquals(OptionalInt.of(2019), entries.get(1).draft().year());
    }

    @Test
    void aSingleItemWithoutArrayIsAccepted() throws Exception {
        assertEquals(1, csl.read("one.json", "{\"title\": \"Seul\"}").size());
    }

    @Test
    void brokenJsonIsRefusedWithItsLineAndWithoutQuotingIt() {
        String list = "[\n  {\"title\": \"Un\"},\n  {\"title\": \"confidentiel\" \"oops\"}\n]";

        ReferenceFormatException e = assertThrows(ReferenceFormatException.class, () -> csl.read("refs.json", list));

        assertEquals(3, e.line());
        assertEquals("line 3: not valid JSON", e.getMessage());
        assertFalse(e.getMessage().contains("confidentiel"));
    }

    @Test
    void anItemThatIsNotAnObjectIsRefusedWithItsLine() {
        ReferenceFormatException e = assertThrows(ReferenceFormatException.class,
                () -> csl.read("refs.json", "[\n {\"title\": \"Un\"},\n \"deux\"\n]"));

        assertEquals("line 3: each item of a CSL-JSON list is an object", e.getMessage());
    }

    @Test
    void somethingElseThanAListIsRefused() {
        ReferenceFormatException e = assertThrows(ReferenceFormatException.class, () -> csl.read("refs.json", "\n\n42"));

        assertEquals("line 3: CSL-JSON is an array of items [{...}, ...]", e.getMessage());
    }

    @Test
    void deepNestingIsRefusedBeforeItCostsAnything() {
        String deep = "[{\"title\": " + "[".repeat(100) + "]".repeat(100) + "}]";

        ReferenceFormatException e = assertThrows(ReferenceFormatException.class, () -> csl.read("refs.json", deep));

        assertEquals("line 1: not valid JSON", e.getMessage());
    }

    @Test
    void writesPersonsAsFamilyAndGivenAndOthersAsLiteral() {
        String written = csl.write(List.of(Samples.article()));

        assertTrue(written.contains("\"family\" : \"Dupont\""), written);
        assertTrue(written.contains("\"given\" : \"Marie-Hélène\""), written);
        assertTrue(written.contains("\"literal\" : \"Conseil économique, social et environnemental, Maroc\""), written);
        assertTrue(written.contains("\"type\" : \"article-journal\""), written);
        assertTrue(written.contains("\"id\" : \"dupont2024enfants\""), written);
    }
}
