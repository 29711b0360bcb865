package org.lanterne.selfhelp.api;

import java.util.Map;

/**
 * A page or an exercise of a module.
 *
 * @param title its title by language
 * @param body  its text in Markdown by language; raw HTML in it is shown as text, never run
 */
public record Page(Map<String, String> title, Map<String, String> body) {

    public Page {
        title = title == null ? Map.of() : Map.copyOf(title);
        body = body == null ? Map.of() : Map.copyOf(body);
    }
}
