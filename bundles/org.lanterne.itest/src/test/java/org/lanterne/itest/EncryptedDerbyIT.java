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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lanterne.audit.api.AuditTrail;
import org.lanterne.audit.api.Outcome;
import org.lanterne.core.api.CheckResult;
import org.lanterne.core.api.HealthService;
import org.lanterne.core.api.InstallationService;
import org.lanterne.core.api.Status;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.UserService;
import org.lanterne.pseudonym.api.Pseudonyms;
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
    void noFileInTheDataFolderHoldsPersonLevelDataInPlaintext() throws Exception {
        // Known markers written the way capabilities write person-level data.
        String installation = service(context, InstallationService.class).installation().id();
        String participant = service(context, Pseudonyms.class).newCode();
        service(context, AuditTrail.class).record("system", "marker-test", "participant", participant, Outcome.SUCCESS);
        String account = "marker." + UUID.randomUUID().toString().substring(0, 8);
        service(context, UserService.class).add(Framework.administrator(context), account, Set.of(Role.CLINICIAN),
                "marker-password-0001".toCharArray());
        List<String> markers = List.of(installation, participant, account);
        Bundle store = bundle(context, "org.lanterne.store.provider");
        store.stop(); // shuts Derby down, so everything is written to the files
        try {
            List<Path> files = files(DATA);
            assertTrue(files.stream().anyMatch(f -> f.startsWith(DATA.resolve("database"))), "the database is under the data folder");
            for (Path file : files) {
                byte[] content = Files.readAllBytes(file);
                String latin = new String(content, StandardCharsets.ISO_8859_1);
                String utf16 = new String(content, StandardCharsets.UTF_16BE);
                for (String marker : markers) {
                    assertFalse(latin.contains(marker) || utf16.contains(marker), () -> file + " holds a marker in plaintext");
                }
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
