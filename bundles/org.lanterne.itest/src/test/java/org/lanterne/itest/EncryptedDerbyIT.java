package org.lanterne.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lanterne.itest.Framework.await;
import static org.lanterne.itest.Framework.bundle;
import static org.lanterne.itest.Framework.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lanterne.core.api.CheckResult;
import org.lanterne.core.api.HealthService;
import org.lanterne.core.api.InstallationService;
import org.lanterne.core.api.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/** What the embedded engine guarantees itself: encrypted files in the data folder, and its boot key. */
@ExtendWith({ BundleContextExtension.class, ServiceExtension.class })
@DisabledIfSystemProperty(named = "lanterne.test.engine", matches = "postgresql", disabledReason = "embedded Derby only")
class EncryptedDerbyIT {

    private static final Path DATA = Path.of(System.getProperty("lanterne.data")).toAbsolutePath();

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 15000)
    HealthService healthService;

    @InjectService(timeout = 15000)
    ConfigurationAdmin configurationAdmin;

    @Test
    void theDatabaseFilesNeverHoldTheRecordInPlaintext() throws Exception {
        String id = service(context, InstallationService.class).installation().id();
        Bundle store = bundle(context, "org.lanterne.store.provider");
        store.stop(); // shuts Derby down, so everything is written to the files
        try {
            List<Path> files = files(DATA.resolve("database"));
            assertFalse(files.isEmpty());
            for (Path file : files) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(content.contains(id), () -> file + " holds the installation id in plaintext");
            }
        } finally {
            store.start();
        }
    }

    @Test
    void aWrongKeyTakesTheDatabaseDownWithAClearReasonAndTheRightKeyBringsItBack() throws Exception {
        service(context, InstallationService.class).installation();
        Path wrongKey = Files.writeString(DATA.resolve("wrong.key"), "not-the-key-of-this-database");
        Configuration configuration = configurationAdmin.getConfiguration("org.lanterne.store", "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("keyFile", wrongKey.toString());
        configuration.update(properties);
        try {
            // While the store restarts with the new key, the check is first missing ("not available yet").
            CheckResult database = await("the database check fails on the key",
                    () -> healthService.health().checks().get("database"), r -> r.reason().contains("encryption key"));
            assertEquals(Status.DOWN, database.status());
            assertEquals("The database at " + DATA.resolve("database") + " cannot be opened: the encryption key is wrong.", database.reason());
            assertEquals(Status.DOWN, healthService.health().status());
            assertFalse(usable(InstallationService.class), "nothing may use a database that did not open");
        } finally {
            configuration.delete();
        }
        await("the database is up again", () -> healthService.health().status() == Status.UP);
        assertTrue(service(context, InstallationService.class).installation().id().length() == 36);
    }

    private <S> boolean usable(Class<S> type) {
        ServiceReference<S> reference = context.getServiceReference(type);
        if (reference == null) {
            return false;
        }
        try {
            return context.getService(reference) != null;
        } finally {
            context.ungetService(reference);
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
