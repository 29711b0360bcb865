package org.lanterne.selfhelp.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Module pages: Markdown becomes HTML, but HTML in a programme file never reaches a participant's browser as HTML. */
class MarkdownPagesTest {

    @Test
    void markdownBecomesHtml() {
        assertEquals("<p><strong>Pause</strong> and breathe.</p>\n<ul>\n<li>walk</li>\n</ul>\n",
                MarkdownPages.html("**Pause** and breathe.\n\n- walk"));
    }

    @Test
    void rawHtmlIsEscaped() {
        String html = MarkdownPages.html("Hello <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>");
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void unsafeLinksAreDropped() {
        assertFalse(MarkdownPages.html("[click](javascript:alert(1))").contains("javascript:"));
        assertFalse(MarkdownPages.html("![x](data:text/html;base64,PHNjcmlwdD4=)").contains("data:"));
        assertTrue(MarkdownPages.html("[help](https://example.org/help)").contains("href=\"https://example.org/help\""));
        assertTrue(MarkdownPages.html("[call](tel:112)").contains("href=\"tel:112\""));
    }

    @Test
    void arabicTextPassesUnchanged() {
        assertEquals("<p>لست وحدك</p>\n", MarkdownPages.html("لست وحدك"));
    }
}
