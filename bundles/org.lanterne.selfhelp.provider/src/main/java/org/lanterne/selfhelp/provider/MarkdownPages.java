package org.lanterne.selfhelp.provider;

import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Module pages from Markdown to HTML with commonmark-java. Programme files may come from anyone
 * who can write to the programmes folder, so raw HTML in them is escaped (shown as text, never run)
 * and links other than http, https, mailto and tel are dropped.
 */
final class MarkdownPages {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto", "tel"))).build();

    private MarkdownPages() {
    }

    static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }
}
