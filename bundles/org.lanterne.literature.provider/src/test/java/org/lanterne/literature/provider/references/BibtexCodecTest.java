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

class BibtexCodecTest {

    private final BibtexCodec bibtex = new BibtexCodec();

    @Test
    void escapesLatexSpecialCharactersAndAccentsAndProtectsTitlesAndOrganisations() {
        String written = bibtex.write(List.of(Samples.article()));

        assertTrue(written.startsWith("@article{dupont2024enfants,\n"), written);
        assertTrue(written.contains("title = {{Les enfants \\& les r{\\'e}seaux sociaux : 50 \\% \\{expos{\\'e}s\\} {\\`a} l'{\\oe}uvre\\_1 "
                + "\\textasciitilde{} \\textasciicircum{}}},"), written);
        assertTrue(written.contains("author = {Dupont, Marie-H{\\'e}l{\\`e}ne and {Conseil {\\'e}conomique, social et environnemental, Maroc} "
                + "and {Smith and Sons} and "), written);
        assertTrue(written.contains("Çelik"), "letters without a common accent command stay UTF-8: " + written);
        assertTrue(written.contains("url = {https://example.org/avis?id=12&lang=fr%20x}"), "URLs are verbatim: " + written);
        assertTrue(written.contains("pages = {45--67}"), written);
        assertTrue(written.contains("journal = {Revue française de sant{\\'e} publique}"), written);
    }

    @Test
    void readsEntriesWithMacrosCommentsAndTheLineOfEachEntry() throws Exception {
        String list = "% exported by a reference manager\n"
                + "@string{cese = \"Conseil {\\'e}conomique\"}\n"
                + "@comment{ignored}\n"
                + "@techreport{cese2024,\n"
                + "  author = {Benali, Karim and {Internet Watch Foundation}},\n"
                + "  title = \"Les {\\'e}crans et les enfants\",\n"
                + "  institution = cese,\n"
                + "  month = jan,\n"
                + "  year = 2024,\n"
                + "  keywords = {écrans; enfance},\n"
                + "  doi = {10.5555/X_1},\n"
                + "}\n"
                + "\n"
                + "@Article{second, title={Deuxi\\`eme}, journal = undefinedmacro, series = \"A \" # undefinedmacro}\n";

        List<ReferenceEntry> entries = bibtex.read("refs.bib", list);

        assertEquals(List.of(4, 14), entries.stream().map(ReferenceEntry::line).toList());
        LiteratureRecord r = entries.get(0).draft();
        assertEquals("Les écrans et les enfants", r.title());
        assertEquals(List.of("Benali, Karim", "Internet Watch Foundation"), r.authors());
        assertEquals(OptionalInt.of(2024), r.year());
        assertEquals(Optional.of("Conseil économique"), r.details().publisher());
        assertEquals(java.util.Set.of("écrans", "enfance"), r.tags());
        assertEquals(Optional.of("10.5555/x_1"), r.doi());
        assertEquals(WorkType.REPORT, r.details().type());
        assertEquals("Deuxième", entries.get(1).draft().title());
        assertEquals(WorkType.ARTICLE, entries.get(1).draft().details().type());
        assertEquals(Optional.empty(), entries.get(1).draft().details().container(), "an undefined macro leaves the fields out");
    }

    @Test
    void entriesOfUnusualTypesKeepTheirOwnLines() throws Exception {
        String list = "@tech-report{one, title={Un}}\n\n@article{two, title={Deux}}\n@misc2{three, title={Trois}}\n";

        assertEquals(List.of(1, 3, 4), bibtex.read("refs.bib", list).stream().map(ReferenceEntry::line).toList());
    }

    @Test
    void aMissingBraceIsRefusedWithItsLineAndWithoutQuotingTheList() {
        String list = "@article{one, title={Un}}\n\n@article{two,\n  title = {Deux\n  year = 2020,\n}\n@article{three, title = \"x\" # }\n";

        ReferenceFormatException e = assertThrows(ReferenceFormatException.class, () -> bibtex.read("refs.bib", list));

        assertTrue(e.line() >= 3, e.getMessage());
        assertTrue(e.getMessage().startsWith("line " + e.line() + ": not valid BibTeX"), e.getMessage());
        assertFalse(e.getMessage().contains("Deux"), e.getMessage());
    }

    @Test
    void aCharacterOutsideAnyEntryIsRefusedWithItsLine() {
        ReferenceFormatException e = assertThrows(ReferenceFormatException.class,
                () -> bibtex.read("refs.bib", "@article{one, title={Un}}\n@article{two, title={Deux}} }\n@"));

        assertTrue(e.getMessage().matches("line [23]: .*"), e.getMessage());
    }

    @Test
    void splitsAuthorsOnlyOutsideBraces() {
        assertEquals(List.of("A, B", "{Smith and Sons}", "C D"), BibtexCodec.splitAuthors("A, B and {Smith and Sons}\n and C D"));
    }
}
