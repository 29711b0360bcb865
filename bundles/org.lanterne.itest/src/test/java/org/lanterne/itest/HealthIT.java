package org.lanterne.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lanterne.itest.Framework.await;
import static org.lanterne.itest.Framework.bundle;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lanterne.core.api.Health;
import org.lanterne.core.api.HealthService;
import org.lanterne.core.api.LanterneHeaders;
import org.lanterne.core.api.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

@ExtendWith({ BundleContextExtension.class, ServiceExtension.class })
class HealthIT {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 15000)
    HealthService healthService;

    @Test
    void aFreshInstallationIsUpWithItsVersionAndCapabilities() {
        Health health = healthService.health();

        assertEquals(Status.UP, health.status(), () -> "checks: " + health.checks());
        assertEquals(Status.UP, health.checks().get("database").status());
        assertTrue(health.features().containsAll(List.of("lanterne-about", "lanterne-core")), health.features()::toString);
        assertEquals(health.features().stream().sorted().toList(), health.features(), "features are sorted");
        String built = bundle(context, "org.lanterne.core.provider").getHeaders("").get(LanterneHeaders.VERSION);
        assertEquals(built, health.version());
        assertTrue(health.version().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), health.version());
    }

    @Test
    void aCapabilityLeavesTheReportWhenItsBundleStopsAndReturnsWhenItStarts() throws Exception {
        Bundle about = bundle(context, "org.lanterne.about.provider");
        about.stop();
        try {
            List<String> features = healthService.health().features();
            assertFalse(features.contains("lanterne-about"), features::toString);
            assertTrue(features.contains("lanterne-core"), features::toString);
        } finally {
            about.start();
        }
        await("lanterne-about is reported again", () -> healthService.health().features().contains("lanterne-about"));
    }
}
