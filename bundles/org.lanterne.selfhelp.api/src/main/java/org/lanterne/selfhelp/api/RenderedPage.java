package org.lanterne.selfhelp.api;

/**
 * A page in one language.
 *
 * @param title its title
 * @param html  its Markdown as HTML; raw HTML of the source is escaped and unsafe links are removed
 */
public record RenderedPage(String title, String html) {
}
