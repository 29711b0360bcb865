package org.lanterne.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lanterne.itest.Framework.bundle;
import static org.lanterne.itest.Framework.service;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lanterne.core.api.Installation;
import org.lanterne.core.api.InstallationService;
import org.lanterne.store.api.PersistenceService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The store inside the framework as in production: on embedded Derby in the {@code test} run and
 * on PostgreSQL in the {@code test-postgresql} run.
 */
@ExtendWith({ BundleContextExtension.class, ServiceExtension.class })
class StoreIT {

    private static final Path DATA = Path.of(System.getProperty("lanterne.data")).toAbsolutePath();

    @InjectBundleContext
    BundleContext context;

    @Test
    void theInstallationRecordIsStoredOnceAndSurvivesARestartOfTheStore() throws Exception {
        Installation first = service(context, InstallationService.class).installation();
        assertEquals(first, service(context, InstallationService.class).installation());

        restart(bundle(context, "org.lanterne.store.provider"));

        assertEquals(first, service(context, InstallationService.class).installation());
    }

    @Test
    void theStoreRunsOnTheEngineOfThisTestRunAndDescribesItselfWithoutSecrets() throws Exception {
        var description = service(context, PersistenceService.class).description();

        // The test-postgresql run names its engine; its data folder's store.properties selects it.
        String engine = System.getProperty("lanterne.test.engine", "derby");
        assertEquals(engine, description.engine());
        if (engine.equals("postgresql")) {
            assertTrue(description.location().matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/lanterne"), description.location());
            assertFalse(description.encrypted(), "encryption at rest is the PostgreSQL server's");
        } else {
            assertEquals(DATA.resolve("database").toString(), description.location());
            assertTrue(description.encrypted());
        }
    }

    private static void restart(Bundle bundle) throws Exception {
        bundle.stop();
        bundle.start();
    }
}
