package org.lanterne.literature.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UploadsTest {

    @Test
    void fileNamesLoseFoldersHiddenDotsAndControlCharacters() {
        assertEquals("rapport-2024.pdf", Uploads.safeName("C:\\Users\\x\\rapport-2024.pdf"));
        assertEquals("passwd", Uploads.safeName("../../etc/passwd"));
        assertEquals("bashrc", Uploads.safeName(".bashrc"));
        assertEquals("ab.pdf", Uploads.safeName("a\u0000b\n.pdf"));
        assertEquals("upload", Uploads.safeName(null));
        assertEquals(200, Uploads.safeName("x".repeat(300) + ".pdf").length());
    }
}
