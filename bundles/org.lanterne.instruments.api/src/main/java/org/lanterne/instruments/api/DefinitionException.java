package org.lanterne.instruments.api;

import java.util.List;

/** A definition that cannot be read or is inconsistent: names the file, the place in it and each rule broken. */
public class DefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<DefinitionProblem> problems;

    /** @param problems at least one problem */
    public DefinitionException(List<DefinitionProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<DefinitionProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A definition exception needs at least one problem");
        }
        return problems.size() == 1 ? problems.get(0).toString()
                : problems.get(0) + " (and " + (problems.size() - 1) + " more)";
    }

    /** @return every problem found, in document order */
    public List<DefinitionProblem> problems() {
        return problems;
    }

    /** @return where the first problem's definition came from */
    public String file() {
        return problems.get(0).file();
    }

    /** @return the JSON path or line of the first problem */
    public String path() {
        return problems.get(0).path();
    }

    /** @return the rule the first problem breaks */
    public String rule() {
        return problems.get(0).rule();
    }
}
