package org.lanterne.literature.provider.references;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.lanterne.fuzz.testing.HostileEdits;
import org.lanterne.fuzz.testing.Outcome;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.ReferenceFormat;
import org.lanterne.literature.api.ReferenceFormatException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Reference lists edited at random from a valid export of each format, and lists of arbitrary
 * text: each is read into references or refused with a {@link ReferenceFormatException} that
 * names a line of the list, never with another exception, and within {@link Outcome#DEADLINE}.
 */
class ReferenceListsFuzzTest {

    private static final String NESTED_CSL = "[{\"title\": " + HostileEdits.nested(5_000, false);

    @Property(seed = HostileEdits.SEED)
    void editedRisListsAreReadOrRefusedWithALine(@ForAll("editedRis") String list) {
        readOrRefuse(ReferenceFormat.RIS, list);
    }

    @Property(seed = HostileEdits.SEED)
    void editedBibtexListsAreReadOrRefusedWithALine(@ForAll("editedBibtex") String list) {
        readOrRefuse(ReferenceFormat.BIBTEX, list);
    }

    @Property(seed = HostileEdits.SEED)
    void editedCslJsonListsAreReadOrRefusedWithALine(@ForAll("editedCslJson") String list) {
        readOrRefuse(ReferenceFormat.CSL_JSON, list);
    }

    @Property(seed = HostileEdits.SEED)
    void anyTextIsReadOrRefusedInEveryFormat(@ForAll("anyText") String list, @ForAll ReferenceFormat format) {
        readOrRefuse(format, list);
    }

    @Example
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

    private static Arbitrary<String> edited(ReferenceFormat format) {
        return HostileEdits.of(ReferenceCodec.of(format).write(Samples.all()), 6);
    }

    @Provide
    Arbitrary<String> editedRis() {
        return edited(ReferenceFormat.RIS);
    }

    @Provide
    Arbitrary<String> editedBibtex() {
        return edited(ReferenceFormat.BIBTEX);
    }

    @Provide
    Arbitrary<String> editedCslJson() {
        return edited(ReferenceFormat.CSL_JSON);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of(HostileEdits.FRAGMENTS).list().ofMaxSize(30).map(parts -> String.join("", parts)));
    }
}
