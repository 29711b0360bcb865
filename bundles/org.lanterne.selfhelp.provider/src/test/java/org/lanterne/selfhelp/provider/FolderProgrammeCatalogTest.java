package org.lanterne.selfhelp.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.instruments.api.DefinitionProblem;
import org.lanterne.selfhelp.api.Programme;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The catalog: built-ins, a watched folder, clear problems for broken files, and instruments that come late. */
class FolderProgrammeCatalogTest {

    @TempDir
    Path folder;

    private final Instruments instruments = new Instruments();
    private FolderProgrammeCatalog catalog;

    @AfterEach
    void stop() throws InterruptedException {
        if (catalog != null) {
            catalog.deactivate();
        }
    }

    private void start() {
        catalog = new FolderProgrammeCatalog(instruments, folder, Duration.ofMillis(50));
    }

    private void drop(String name, ObjectNode programme) throws IOException {
        Path temporary = folder.resolve("." + name + ".part");
        Files.write(temporary, new ObjectMapper().writeValueAsBytes(programme));
        Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("gave up waiting until " + what);
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void theBuiltInsAreOfferedWithoutAFolder() {
        catalog = new FolderProgrammeCatalog(instruments, folder.resolve("absent"), Duration.ofMillis(50));
        assertEquals(List.of("parents-worried", "taking-care"), catalog.list().stream().map(Programme::id).toList());
        assertEquals(List.of(), catalog.problems());
    }

    @Test
    void aDroppedProgrammeAppearsAndADeletedOneIsWithdrawn() throws IOException {
        start();
        AtomicInteger changes = new AtomicInteger();
        catalog.addListener(c -> changes.incrementAndGet());
        drop("mine.json", ProgrammeDefinitionTest.takingCare().put("id", "mine"));
        await("the dropped programme is offered", () -> catalog.get("mine").isPresent());
        await("listeners are told", () -> changes.get() >= 1);

        Files.delete(folder.resolve("mine.json"));
        await("the deleted programme is withdrawn", () -> catalog.get("mine").isEmpty());
    }

    @Test
    void aFileCannotReplaceABuiltInAndABrokenFileIsListedWithItsPath() throws IOException {
        start();
        drop("copy.json", ProgrammeDefinitionTest.takingCare());
        Files.writeString(folder.resolve("broken.json"), "{\"id\": ");
        await("both problems are listed", () -> catalog.problems().size() == 2);

        DefinitionProblem broken = catalog.problems().stream().filter(p -> p.file().endsWith("broken.json")).findFirst().orElseThrow();
        assertEquals("json-syntax", broken.rule());
        DefinitionProblem copy = catalog.problems().stream().filter(p -> p.file().endsWith("copy.json")).findFirst().orElseThrow();
        assertEquals("duplicate-programme", copy.rule());
        assertTrue(copy.message().contains("built-in:programmes/taking-care.json"), copy.message());
        assertEquals(2, catalog.list().size(), "the others keep working");
    }

    @Test
    void aProgrammeWaitingForItsInstrumentIsOfferedOnceTheInstrumentArrives() throws IOException {
        start();
        ObjectNode programme = ProgrammeDefinitionTest.takingCare().put("id", "later");
        ((ObjectNode) programme.withArray("questionnaires").get(0)).put("instrument", "arrives-later");
        drop("later.json", programme);
        await("the unknown instrument is a problem", () -> catalog.problems().stream().anyMatch(p -> p.rule().equals("unknown-instrument")));

        instruments.add(Instruments.definition("arrives-later", List.of("fr", "en", "ar")));
        await("the programme is offered", () -> catalog.get("later").isPresent());
        assertEquals(List.of(), catalog.problems());
    }
}
