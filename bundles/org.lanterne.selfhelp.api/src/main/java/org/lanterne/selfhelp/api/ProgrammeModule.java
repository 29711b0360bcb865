package org.lanterne.selfhelp.api;

import java.util.List;
import java.util.Map;

/**
 * One module of a programme: pages to read and optional exercises.
 *
 * @param id        unique within the programme
 * @param title     the module's title by language
 * @param pages     what the participant reads, in order
 * @param exercises optional things to do, in order; may be empty
 */
public record ProgrammeModule(String id, Map<String, String> title, List<Page> pages, List<Page> exercises) {

    public ProgrammeModule {
        title = title == null ? Map.of() : Map.copyOf(title);
        pages = pages == null ? List.of() : List.copyOf(pages);
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
    }
}
