package org.lanterne.literature.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lanterne.literature.api.ReferenceFormat;

/** The format of an export follows the file type chosen, else the file's extension. */
class ReferenceExportTest {

    @Test
    void theChosenFileTypeDecides() {
        assertEquals(ReferenceFormat.RIS, ReferenceExport.format(0, "refs.bib"));
        assertEquals(ReferenceFormat.BIBTEX, ReferenceExport.format(1, "refs"));
        assertEquals(ReferenceFormat.CSL_JSON, ReferenceExport.format(2, "refs.ris"));
    }

    @Test
    void withoutAFileTypeTheExtensionDecidesAndRisIsTheDefault() {
        assertEquals(ReferenceFormat.BIBTEX, ReferenceExport.format(-1, "/tmp/refs.bib"));
        assertEquals(ReferenceFormat.CSL_JSON, ReferenceExport.format(-1, "refs.json"));
        assertEquals(ReferenceFormat.RIS, ReferenceExport.format(-1, "refs.txt"));
    }
}
