package org.lanterne.literature.provider.references;

import java.util.Optional;

/**
 * Authors are kept as written. One with exactly one comma is a person written "Family, Given";
 * any other (an organisation, or a name whose parts cannot be told apart) is a literal name.
 */
final class Names {

    /** @param family the family name; @param given the given names, possibly empty */
    record Person(String family, String given) {
    }

    private Names() {
    }

    /** @return the family and given names, or empty for a literal name */
    static Optional<Person> person(String author) {
        int comma = author.indexOf(',');
        if (comma <= 0 || author.indexOf(',', comma + 1) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Person(author.substring(0, comma).strip(), author.substring(comma + 1).strip()));
    }

    /** @return the name as Lanterne keeps it */
    static String author(String family, String given) {
        return given == null || given.isBlank() ? family.strip() : family.strip() + ", " + given.strip();
    }
}
