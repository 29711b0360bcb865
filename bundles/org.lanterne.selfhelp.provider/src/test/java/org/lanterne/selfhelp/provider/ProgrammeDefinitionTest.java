package org.lanterne.selfhelp.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanterne.instruments.api.DefinitionException;
import org.lanterne.instruments.api.DefinitionProblem;
import org.lanterne.selfhelp.api.Programme;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reading and checking programme files: every problem names the file, the JSON path and the rule. */
class ProgrammeDefinitionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Instruments instruments = new Instruments();

    static byte[] builtIn(String name) throws IOException {
        try (InputStream in = ProgrammeDefinitionTest.class.getResourceAsStream("/programmes/" + name)) {
            return in.readAllBytes();
        }
    }

    static ObjectNode takingCare() throws IOException {
        return (ObjectNode) JSON.readTree(builtIn("taking-care.json"));
    }

    private List<DefinitionProblem> problems(ObjectNode tree) throws IOException {
        Programme programme = ProgrammeReader.read("x.json", JSON.writeValueAsBytes(tree));
        return ProgrammeValidator.problems("x.json", programme, instruments::get);
    }

    private static List<String> rules(List<DefinitionProblem> problems) {
        return problems.stream().map(DefinitionProblem::rule).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = { "taking-care.json", "parents-worried.json" })
    void theBuiltInsAreConsistentInFrenchEnglishAndArabic(String name) throws IOException {
        Programme programme = ProgrammeReader.read(name, builtIn(name));
        assertEquals(List.of(), ProgrammeValidator.problems(name, programme, instruments::get));
        assertEquals(List.of("fr", "en", "ar"), programme.languages());
        assertTrue(programme.consent().get("ar").codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC));
    }

    @Test
    void takingCareHasFourModulesAndThreeMomentsOfTheWeeklyCheck() throws IOException {
        Programme programme = ProgrammeReader.read("taking-care.json", builtIn("taking-care.json"));
        assertEquals(4, programme.modules().size());
        assertEquals(List.of("baseline", "after-module:coping", "follow-up"), programme.questionnaires().stream().map(q -> q.when()).toList());
    }

    @Test
    void anUnknownInstrumentIsNamedWithItsPath() throws IOException {
        ObjectNode tree = takingCare();
        ((ObjectNode) tree.withArray("questionnaires").get(1)).put("instrument", "no-such-instrument");
        DefinitionProblem problem = problems(tree).get(0);
        assertEquals("x.json", problem.file());
        assertEquals("$.questionnaires[1].instrument", problem.path());
        assertEquals("unknown-instrument", problem.rule());
        assertTrue(problem.message().contains("no-such-instrument"), problem.message());
    }

    @Test
    void anInstrumentWithoutOneOfTheLanguagesIsRefused() throws IOException {
        instruments.add(Instruments.definition("english-only", List.of("en")));
        ObjectNode tree = takingCare();
        ((ObjectNode) tree.withArray("questionnaires").get(0)).put("instrument", "english-only");
        assertEquals(List.of("instrument-languages"), rules(problems(tree)));
    }

    @Test
    void duplicateModuleAndQuestionnaireIdsAreEachNamed() throws IOException {
        ObjectNode tree = takingCare();
        ((ObjectNode) tree.withArray("modules").get(2)).put("id", "not-alone");
        ((ObjectNode) tree.withArray("questionnaires").get(2)).put("id", "weekly-start");
        List<DefinitionProblem> problems = problems(tree);
        assertEquals(List.of("duplicate-module-id", "when-unknown-module", "duplicate-questionnaire-id"), rules(problems));
        assertEquals("$.modules[2].id", problems.get(0).path());
        assertEquals("$.questionnaires[1].when", problems.get(1).path(), "after-module:coping names a module that is gone");
        assertEquals("$.questionnaires[2].id", problems.get(2).path());
    }

    @Test
    void languagesAndTranslationsAreChecked() throws IOException {
        ObjectNode tree = takingCare();
        ArrayNode languages = tree.putArray("languages").add("fr").add("de").add("fr");
        assertEquals(3, languages.size());
        List<DefinitionProblem> problems = problems(tree);
        assertEquals("$.languages[1]", problems.get(0).path());
        assertEquals("language-unknown", problems.get(0).rule());
        assertEquals("duplicate-language", problems.get(1).rule());
        assertTrue(rules(problems).contains("unknown-language-key"), "texts in en and ar are not in a declared language");

        ObjectNode missing = takingCare();
        ((ObjectNode) missing.get("title")).remove("ar");
        DefinitionProblem problem = problems(missing).get(0);
        assertEquals("$.title.ar", problem.path());
        assertEquals("missing-translation", problem.rule());
    }

    @Test
    void whenAndProfileValuesMustHaveTheirFormat() throws IOException {
        ObjectNode tree = takingCare();
        ((ObjectNode) tree.withArray("questionnaires").get(0)).put("when", "sometimes");
        ((ArrayNode) tree.get("profile").get("countries")).add("Morocco");
        ((ArrayNode) tree.get("profile").get("ageBands")).add("18-24");
        assertEquals(List.of("when-format", "duplicate-profile-value", "profile-value-format"), rules(problems(tree)));
    }

    @Test
    void anUnknownFieldAndAWrongTypeAreNamedByPath() throws IOException {
        ObjectNode unknown = takingCare();
        ((ObjectNode) unknown.withArray("modules").get(1)).put("colour", "blue");
        DefinitionException e = assertThrows(DefinitionException.class, () -> problems(unknown));
        assertEquals("$.modules[1].colour", e.path());
        assertEquals("unknown-field", e.rule());

        ObjectNode wrong = takingCare();
        ((ObjectNode) wrong.withArray("modules").get(0)).put("pages", "one page");
        DefinitionException type = assertThrows(DefinitionException.class, () -> problems(wrong));
        assertEquals("$.modules[0].pages", type.path());
        assertEquals("type", type.rule());
    }

    @Test
    void aSyntaxErrorIsNamedByLineAndColumn() {
        byte[] broken = "{\n  \"id\": \"x\",\n  \"version\": }".getBytes(StandardCharsets.UTF_8);
        DefinitionException e = assertThrows(DefinitionException.class, () -> ProgrammeReader.read("broken.json", broken));
        assertEquals("broken.json", e.file());
        assertEquals("line 3, column 14", e.path());
        assertEquals("json-syntax", e.rule());
        DefinitionException twice = assertThrows(DefinitionException.class,
                () -> ProgrammeReader.read("twice.json", "{\"id\": \"a\", \"id\": \"b\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("duplicate-key", twice.rule());
    }

    @Test
    void anEmptyProgrammeBreaksEveryRequiredRuleAtOnce() throws IOException {
        List<String> rules = rules(ProgrammeValidator.problems("x.json", ProgrammeReader.read("x.json", "{}".getBytes(StandardCharsets.UTF_8)),
                instruments::get));
        assertEquals(List.of("required", "required", "languages-required", "required", "required", "required", "modules-required"), rules);
    }
}
