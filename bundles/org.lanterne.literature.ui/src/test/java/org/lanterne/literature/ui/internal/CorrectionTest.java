package org.lanterne.literature.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lanterne.literature.api.BibliographicDetails;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.WorkType;

/** The correction form: what it refuses and the record it makes. */
class CorrectionTest {

    private final LiteratureRecord stored = new LiteratureRecord("lit-1", "Microsoft Word - avis.doc", List.of(), OptionalInt.empty(),
            Optional.empty(), "und", "doc", Set.of("avis"), Optional.of("Maroc"), "avis.doc", "a".repeat(64),
            new BibliographicDetails(WorkType.REPORT, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of("CESE"), Optional.empty()));

    @Test
    void theFormStartsWithTheRecordsValues() {
        assertEquals(new Correction("Microsoft Word - avis.doc", "", "", "", "und"), Correction.of(stored));
    }

    @Test
    void theTypedValuesReplaceTheFiveFieldsAndTheRestStays() {
        Correction typed = new Correction(" Avis du CESE ", "CESE\n\n  Conseil économique \n", " 2024", "https://doi.org/10.1234/ABCD.7", "fr");
        assertEquals(Optional.empty(), typed.problem());
        LiteratureRecord corrected = typed.applyTo(stored);
        assertEquals("Avis du CESE", corrected.title());
        assertEquals(List.of("CESE", "Conseil économique"), corrected.authors());
        assertEquals(OptionalInt.of(2024), corrected.year());
        assertEquals(Optional.of("10.1234/abcd.7"), corrected.doi());
        assertEquals("fr", corrected.language());
        assertEquals(new LiteratureRecord(stored.id(), corrected.title(), corrected.authors(), corrected.year(), corrected.doi(),
                "fr", stored.documentType(), stored.tags(), stored.country(), stored.sourceFileName(), stored.contentHash(),
                stored.details()), corrected);
    }

    @Test
    void blankYearAndDoiClearThem() {
        LiteratureRecord withBoth = new Correction("T", "", "2020", "10.1/x", "en").applyTo(stored);
        LiteratureRecord cleared = Correction.of(withBoth).applyTo(withBoth);
        assertEquals(withBoth, cleared);
        LiteratureRecord none = new Correction("T", "", " ", "", "en").applyTo(withBoth);
        assertEquals(OptionalInt.empty(), none.year());
        assertEquals(Optional.empty(), none.doi());
    }

    @Test
    void aBlankTitleAWrongYearAndAWrongDoiAreRefusedInThatOrder() {
        assertEquals(Optional.of(Correction.Problem.TITLE), new Correction(" ", "", "24", "x", "fr").problem());
        assertEquals(Optional.of(Correction.Problem.YEAR), new Correction("T", "", "24", "x", "fr").problem());
        assertEquals(Optional.of(Correction.Problem.YEAR), new Correction("T", "", "deux mille", "", "fr").problem());
        assertEquals(Optional.of(Correction.Problem.DOI), new Correction("T", "", "2024", "doi 10.12", "fr").problem());
    }
}
