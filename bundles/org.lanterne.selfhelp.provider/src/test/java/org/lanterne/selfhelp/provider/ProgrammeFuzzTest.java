package org.lanterne.selfhelp.provider;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lanterne.fuzz.testing.Fuzz;
import org.lanterne.fuzz.testing.HostileEdits;
import org.lanterne.fuzz.testing.HostileJson;
import org.lanterne.fuzz.testing.Outcome;
import org.lanterne.instruments.api.DefinitionException;
import org.lanterne.instruments.api.DefinitionProblem;
import org.lanterne.selfhelp.api.Programme;

/**
 * Programme files edited at random from the built-in ones, as bytes (syntax, invalid UTF-8) and
 * as well-formed JSON of the wrong shape: reading gives a programme or a
 * {@link DefinitionException} naming the file and the rule, and checking a programme that was
 * read lists its problems without throwing, within {@link Outcome#DEADLINE}.
 */
class ProgrammeFuzzTest {

    /** The built-in files, edited at random. */
    private static final List<String> BUILT_IN = List.of(builtIn("taking-care.json"), builtIn("parents-worried.json"));

    private final Instruments instruments = new Instruments();

    @Test
    void editedBytesAreReadOrRefused() {
        Fuzz.forAll(random -> HostileEdits.bytesOf(HostileEdits.pick(BUILT_IN, random), 4, random), this::readAndCheck);
    }

    @Test
    void wrongShapesAreReadOrRefused() {
        Fuzz.forAll(random -> HostileJson.of(HostileEdits.pick(BUILT_IN, random), 3, random),
                file -> readAndCheck(file.getBytes(StandardCharsets.UTF_8)));
    }

    private void readAndCheck(byte[] file) {
        Programme programme = Outcome.resultOr(DefinitionException.class, () -> read(file));
        if (programme != null) {
            Outcome.result(() -> ProgrammeValidator.problems("x.json", programme, instruments::get)).forEach(ProgrammeFuzzTest::named);
        }
    }

    private static Programme read(byte[] file) {
        try {
            return ProgrammeReader.read("x.json", file);
        } catch (DefinitionException e) {
            e.problems().forEach(ProgrammeFuzzTest::named);
            throw e;
        }
    }

    private static void named(DefinitionProblem problem) {
        assertFalse(problem.file().isBlank() || problem.path().isBlank() || problem.rule().isBlank() || problem.message().isBlank(),
                problem.toString());
    }

    private static String builtIn(String name) {
        try {
            return new String(ProgrammeDefinitionTest.builtIn(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
