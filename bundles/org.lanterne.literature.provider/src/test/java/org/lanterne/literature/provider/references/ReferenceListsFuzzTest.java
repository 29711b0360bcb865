package org.lanterne.literature.provider.references;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lanterne.fuzz.testing.Escaped;
import org.lanterne.fuzz.testing.Fuzz;
import org.lanterne.fuzz.testing.HostileEdits;
import org.lanterne.fuzz.testing.Outcome;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.ReferenceFormat;
import org.lanterne.literature.api.ReferenceFormatException;

/**
 * Reference lists edited at random from a valid export of each format, and lists of arbitrary
 * text: each is read into references or refused with a {@link ReferenceFormatException} that
 * names a line of the list, never with another exception, and within {@link Outcome#DEADLINE}.
 */
class ReferenceListsFuzzTest {

    private static final String NESTED_CSL = "[{\"title\": " + HostileEdits.nested(5_000, false);

    /** A list and the format it is read in. */
    private record FormattedList(ReferenceFormat format, String list) {

        @Override
        public String toString() {
            return format + " " + Escaped.text(list);
        }
    }

    @ParameterizedTest
    @EnumSource(ReferenceFormat.class)
    void editedListsAreReadOrRefusedWithALine(ReferenceFormat format) {
        String valid = ReferenceCodec.of(format).write(Samples.all());
        Fuzz.forAll(random -> HostileEdits.of(valid, 6, random), list -> readOrRefuse(format, list));
    }

    @Test
    void anyTextIsReadOrRefusedInEveryFormat() {
        Fuzz.forAll(random -> new FormattedList(HostileEdits.pick(List.of(ReferenceFormat.values()), random), anyText(random)),
                input -> readOrRefuse(input.format(), input.list()));
    }

    @Test
    void deeplyNestedCslJsonIsRefused() {
        assertNull(Outcome.resultOr(ReferenceFormatException.class, () -> readChecked(ReferenceFormat.CSL_JSON, NESTED_CSL)));
    }

    private static void readOrRefuse(ReferenceFormat format, String list) {
        List<ReferenceEntry> entries = Outcome.resultOr(ReferenceFormatException.class,
                () -> readChecked(format, list));
        if (entries != null) {
            for (ReferenceEntry entry : entries) {
                assertTrue(entry.line() >= 1, "a reference starts on a line of the list");
                LiteratureRecord draft = entry.draft();
                assertTrue(draft.title() != null && draft.authors() != null, "a reference has a title and authors, even empty");
            }
        }
    }

    private static List<ReferenceEntry> readChecked(ReferenceFormat format, String list) throws ReferenceFormatException {
        try {
            return ReferenceCodec.of(format).read("list." + format.extension(), list);
        } catch (ReferenceFormatException e) {
            assertTrue(e.line() >= 1 && e.getMessage().startsWith("line "), "the refusal names a line: " + e.getMessage());
            throw e;
        }
    }

    /** @return up to 200 characters of any kind, or up to 30 hostile fragments put end to end */
    private static String anyText(Random random) {
        if (random.nextBoolean()) {
            return HostileEdits.anyText(200, random);
        }
        return String.join("", Stream.generate(() -> HostileEdits.pick(HostileEdits.FRAGMENTS, random)).limit(random.nextInt(31)).toList());
    }
}
