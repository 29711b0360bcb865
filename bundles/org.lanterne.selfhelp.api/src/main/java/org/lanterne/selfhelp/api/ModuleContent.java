package org.lanterne.selfhelp.api;

import java.util.List;

/**
 * A module in one language, ready to show.
 *
 * @param module    the module's id
 * @param title     its title
 * @param pages     its pages
 * @param exercises its exercises; may be empty
 */
public record ModuleContent(String module, String title, List<RenderedPage> pages, List<RenderedPage> exercises) {

    public ModuleContent {
        pages = List.copyOf(pages);
        exercises = List.copyOf(exercises);
    }
}
