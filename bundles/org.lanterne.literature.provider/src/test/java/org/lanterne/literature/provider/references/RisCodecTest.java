package org.lanterne.literature.provider.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.ReferenceFormatException;
import org.lanterne.literature.api.WorkType;

class RisCodecTest {

    private final RisCodec ris = new RisCodec();

    @Test
    void readsTheFieldsOfAReferenceManagersExportWithLongAbstractsOnSeveralLines() throws Exception {
        String list = "\uFEFFTY  - JOUR\r\n"
                + "AU  - Dupont, Marie\r\n"
                + "A1  - Benali, Karim\r\n"
                + "T1  - Prévention des abus\r\n"
                + "JO  - Revue de santé\r\n"
                + "Y1  - 2021/03/01/\r\n"
                + "SP  - 12\r\n"
                + "EP  - 30\r\n"
                + "DO  - https://doi.org/10.1000/ABC.12\r\n"
                + "AB  - Première ligne du résumé\r\n"
                + "suite du résumé.\r\n"
                + "KW  - prévention\r\n"
                + "LA  - French\r\n"
                + "N1  - a note that is not kept\r\n"
                + "ER  -\r\n";

        List<ReferenceEntry> entries = ris.read("liste.ris", list);

        assertEquals(1, entries.size());
        assertEquals(1, entries.get(0).line());
        LiteratureRecord r = entries.get(0).draft();
        assertEquals("Prévention des abus", r.title());
        assertEquals(List.of("Dupont, Marie", "Benali, Karim"), r.authors());
        assertEquals(OptionalInt.of(2021), r.year());
        assertEquals(Optional.of("10.1000/abc.12"), r.doi());
        assertEquals("fr", r.language());
        assertEquals(WorkType.ARTICLE, r.details().type());
        assertEquals(Optional.of("12-30"), r.details().pages());
        assertEquals(Optional.of("Revue de santé"), r.details().container());
        assertEquals(Optional.of("Première ligne du résumé suite du résumé."), r.details().abstractText());
        assertEquals(LiteratureRecord.REFERENCE, r.documentType());
        assertEquals("liste.ris", r.sourceFileName());
    }

    @Test
    void givesEachReferenceTheLineWhereItStarts() throws Exception {
        String list = "TY  - RPRT\nTI  - Un\nER  - \n\nTY  - BOOK\nTI  - Deux\nER  - \n";

        List<ReferenceEntry> entries = ris.read("l.ris", list);

        assertEquals(List.of(1, 5), entries.stream().map(ReferenceEntry::line).toList());
        assertEquals(WorkType.BOOK, entries.get(1).draft().details().type());
    }

    @Test
    void aReferenceWithoutEndNamesTheLineWhereItStarted() {
        String list = "TY  - JOUR\nTI  - Un\nER  - \nTY  - JOUR\nTI  - Deux\nTY  - JOUR\nTI  - Trois\nER  - \n";

        ReferenceFormatException e = assertThrows(ReferenceFormatException.class, () -> ris.read("l.ris", list));

        assertEquals(6, e.line());
        assertEquals("line 6: the reference starting at line 4 is not closed by 'ER  - '", e.getMessage());
    }

    @Test
    void aListCutShortIsRefusedAtItsLastLine() {
        ReferenceFormatException e = assertThrows(ReferenceFormatException.class,
                () -> ris.read("l.ris", "TY  - JOUR\nTI  - Un\nAU  - X"));

        assertEquals("line 3: the reference starting at line 1 is not closed by 'ER  - '", e.getMessage());
    }

    @Test
    void textThatIsNotRisIsRefusedAtItsFirstLineWithoutQuotingIt() {
        ReferenceFormatException e = assertThrows(ReferenceFormatException.class,
                () -> ris.read("l.ris", "\n@article{secret-key, title={x}}\n"));

        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("line 2: expected 'TY  - '"), e.getMessage());
        assertTrue(!e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void writesOneFieldPerLineWithCrlfAndSplitsPages() {
        String written = ris.write(List.of(Samples.article()));

        assertTrue(written.startsWith("TY  - JOUR\r\nID  - dupont2024enfants\r\nTI  - Les enfants & les réseaux"), written);
        assertTrue(written.contains("SP  - 45\r\nEP  - 67\r\n"), written);
        assertTrue(written.contains("KW  - prévention primaire\r\nKW  - réseaux sociaux\r\n"), written);
        assertTrue(written.endsWith("ER  - \r\n\r\n"), written);
    }
}
