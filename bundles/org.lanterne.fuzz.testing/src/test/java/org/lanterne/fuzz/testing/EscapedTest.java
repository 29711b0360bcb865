package org.lanterne.fuzz.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Inputs shown in a failure as Java literals. */
class EscapedTest {

    @Test
    void textKeepsPrintableAsciiAndEscapesTheRest() {
        assertEquals("\"a \\\"b\\\" \\\\ \\n\\t\\u0000\\u00E9\\uD800\\u202E\"", Escaped.text("a \"b\" \\ \n\t\u0000é\uD800\u202E"));
    }

    @Test
    void validUtf8IsShownAsItsText() {
        assertEquals("\"\\u00E9t\\u00E9\".getBytes(UTF_8)", Escaped.bytes("été".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bytesThatAreNotUtf8AreShownOneByOne() {
        assertEquals("new byte[] { 123, -1, 125 }", Escaped.bytes(new byte[] { '{', (byte) 0xFF, '}' }));
    }
}
