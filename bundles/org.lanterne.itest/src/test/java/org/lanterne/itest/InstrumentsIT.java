package org.lanterne.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lanterne.itest.Framework.await;
import static org.lanterne.itest.Framework.bundle;
import static org.lanterne.itest.Framework.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lanterne.instruments.api.InstrumentCatalog;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.ScoreResult;
import org.lanterne.instruments.api.ScoringEngine;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;

/** The instruments capability inside the framework: built-ins, scoring, and the runtime folder. */
@ExtendWith(BundleContextExtension.class)
class InstrumentsIT {

    private static final Path FOLDER = Path.of(System.getProperty("lanterne.data")).toAbsolutePath().resolve("instruments");

    @InjectBundleContext
    BundleContext context;

    @Test
    void theBuiltInsAreListedAndCportScoresOnePointPerYes() throws Exception {
        InstrumentCatalog catalog = service(context, InstrumentCatalog.class);
        assertTrue(catalog.list().stream().map(InstrumentDefinition::id).toList().containsAll(
                java.util.List.of("static-99r", "cport", "dynamic-needs-example", "adolescent-spj-example")), catalog.list()::toString);

        InstrumentDefinition cport = catalog.get("cport").orElseThrow();
        Map<String, Object> answers = new HashMap<>();
        cport.items().forEach(item -> answers.put(item.id(), true));
        ScoreResult all = service(context, ScoringEngine.class).score(cport, answers, null);

        assertTrue(all.errors().isEmpty(), all.errors()::toString);
        assertEquals(7, all.totals().values().iterator().next());
    }

    @Test
    void aDefinitionDroppedIntoTheFolderAppearsAndGoesAwayWithItsFile() throws Exception {
        InstrumentCatalog catalog = service(context, InstrumentCatalog.class);
        String json;
        try (var builtIn = bundle(context, "org.lanterne.instruments.provider").getEntry("definitions/cport.json").openStream()) {
            json = new String(builtIn.readAllBytes(), StandardCharsets.UTF_8).replace("\"id\": \"cport\"", "\"id\": \"cport-local\"");
        }
        Files.createDirectories(FOLDER);
        Path file = FOLDER.resolve("cport-local.json");
        Files.writeString(file, json);
        try {
            // the catalog's problem list is shown if the file is not taken
            await("the dropped definition is listed", catalog::problems, problems -> catalog.get("cport-local").isPresent());
        } finally {
            Files.delete(file);
        }
        await("the removed definition is withdrawn", () -> catalog.get("cport-local").isEmpty());
    }
}
