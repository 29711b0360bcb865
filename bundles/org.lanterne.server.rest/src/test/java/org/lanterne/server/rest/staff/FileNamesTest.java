package org.lanterne.server.rest.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void fileNamesLoseFoldersHiddenDotsAndControlCharacters() {
        assertEquals("rapport-2024.pdf", FileNames.safe("C:\\Users\\x\\rapport-2024.pdf"));
        assertEquals("passwd", FileNames.safe("../../etc/passwd"));
        assertEquals("bashrc", FileNames.safe(".bashrc"));
        assertEquals("ab.pdf", FileNames.safe("a\u0000b\n.pdf"));
        assertEquals("upload", FileNames.safe(null));
        assertEquals("upload", FileNames.safe(".."));
        assertEquals(200, FileNames.safe("x".repeat(300) + ".pdf").length());
    }

    @Test
    void directionOverridesCannotDisguiseAnExtension() {
        assertEquals("facturefdp.exe", FileNames.safe("facture\u202Efdp.exe"));
        assertEquals("lettre.pdf", FileNames.safe("\u2067lettre\u2069.pdf"));
        assertEquals("رسالة.pdf", FileNames.safe("رسالة.pdf"));
    }
}
