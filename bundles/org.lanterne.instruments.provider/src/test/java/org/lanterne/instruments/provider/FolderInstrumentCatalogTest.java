package org.lanterne.instruments.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.lanterne.instruments.api.InstrumentDefinition;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The instruments folder while it is watched: files appear, disappear and break without a restart. */
class FolderInstrumentCatalogTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    private FolderInstrumentCatalog catalog;

    @AfterEach
    void stop() {
        if (catalog != null) {
            catalog.deactivate();
        }
    }

    private FolderInstrumentCatalog start() {
        catalog = new FolderInstrumentCatalog(folder, Duration.ofMillis(50));
        return catalog;
    }

    private static void await(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("Timed out waiting until " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("Interrupted");
            }
        }
    }

    /** Written under a temporary name, then renamed, the way docs/instruments.md tells users to. */
    private void drop(String name, byte[] content) throws IOException {
        Path temporary = folder.resolve("." + name + ".part");
        Files.write(temporary, content);
        Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void theBuiltInsAreAvailableWithoutAFolder() {
        catalog = new FolderInstrumentCatalog(folder.resolve("absent"), Duration.ofMillis(50));
        assertEquals(List.of("adolescent-spj-example", "cport", "dynamic-needs-example", "selfhelp-weekly-check-example", "static-99r"),
                catalog.list().stream().map(InstrumentDefinition::id).toList());
        assertEquals(List.of(), catalog.problems());
        assertEquals("2016", catalog.get("static-99r").orElseThrow().version());
        assertTrue(catalog.get("static-99r", "2016").isPresent());
        assertTrue(catalog.get("static-99r", "1999").isEmpty());
    }

    @Test
    void aDroppedFileAppearsAndADeletedFileIsWithdrawn() throws IOException {
        start();
        AtomicInteger changes = new AtomicInteger();
        catalog.addListener(c -> changes.incrementAndGet());
        drop("small.json", Fixtures.SMALL.getBytes(StandardCharsets.UTF_8));
        await("the dropped definition is listed", () -> catalog.get("small").isPresent());
        await("listeners are told", () -> changes.get() >= 1);

        Files.delete(folder.resolve("small.json"));
        await("the deleted definition is withdrawn", () -> catalog.get("small").isEmpty());
        assertEquals(FolderInstrumentCatalog.BUILT_INS.size(), catalog.list().size());
    }

    @Test
    void aNewVersionIsPreferredAndBothStayAvailable() throws IOException {
        start();
        drop("small-1.json", Fixtures.SMALL.getBytes(StandardCharsets.UTF_8));
        ObjectNode next = Fixtures.small().put("version", "10");
        drop("small-10.json", Fixtures.bytes(next));
        await("both versions are listed", () -> catalog.get("small", "10").isPresent() && catalog.get("small", "1").isPresent());
        assertEquals("10", catalog.get("small").orElseThrow().version());
    }

    @Test
    void aBrokenFileIsReportedWhileTheOthersKeepWorking() throws IOException {
        start();
        drop("small.json", Fixtures.SMALL.getBytes(StandardCharsets.UTF_8));
        drop("broken.json", "{\"id\": \"broken\",\n \"version\": }".getBytes(StandardCharsets.UTF_8));
        await("the broken file is reported", () -> !catalog.problems().isEmpty());
        await("the good file is listed", () -> catalog.get("small").isPresent());
        var problem = catalog.problems().get(0);
        assertEquals(folder.resolve("broken.json").toAbsolutePath().toString(), problem.file());
        assertEquals("json-syntax", problem.rule());
        assertTrue(problem.path().startsWith("line 2"), problem.path());
        assertTrue(catalog.get("static-99r").isPresent());

        drop("broken.json", Fixtures.bytes(Fixtures.small().put("id", "repaired")));
        await("the repaired file is listed and no longer reported", () -> catalog.get("repaired").isPresent() && catalog.problems().isEmpty());
    }

    @Test
    void aFileCannotReplaceAVersionThatIsAlreadyDefined() throws IOException {
        start();
        byte[] copy = Fixtures.builtInBytes("cport.json");
        drop("cport.json", new String(copy, StandardCharsets.UTF_8).replace("\"Any prior criminal history\"", "\"Changed\"")
                .getBytes(StandardCharsets.UTF_8));
        await("the copy is reported", () -> catalog.problems().stream().anyMatch(p -> p.rule().equals("duplicate-definition")));
        assertEquals("Any prior criminal history", catalog.get("cport").orElseThrow().items().get(1).labels().get("en"));
    }

    @Test
    void theDefaultFolderIsUnderTheDataFolder() {
        String before = System.getProperty("lanterne.data");
        try {
            System.setProperty("lanterne.data", folder.toString());
            assertEquals(folder.resolve("instruments"), FolderInstrumentCatalog.defaultFolder());
        } finally {
            if (before == null) {
                System.clearProperty("lanterne.data");
            } else {
                System.setProperty("lanterne.data", before);
            }
        }
    }
}
