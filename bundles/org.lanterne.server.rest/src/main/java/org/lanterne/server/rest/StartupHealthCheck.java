package org.lanterne.server.rest;

import org.lanterne.core.api.CheckResult;
import org.lanterne.core.api.HealthCheck;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Down until the server has installed all its boot features, so that "healthy" means every
 * endpoint of the installed capabilities answers, not just the health endpoint.
 */
@Component(configurationPid = "org.lanterne.server.startup")
@Designate(ocd = StartupHealthCheck.Config.class)
public class StartupHealthCheck implements HealthCheck {

    @ObjectClassDefinition(name = "Lanterne server start-up", description = "What tells that the server has finished starting.")
    public @interface Config {

        @AttributeDefinition(description = "Service interface the runtime registers once its boot features are installed")
        String readyService() default "org.apache.karaf.features.BootFinished";
    }

    private final ServiceTracker<Object, Object> ready;

    @Activate
    public StartupHealthCheck(BundleContext context, Config config) throws InvalidSyntaxException {
        ready = new ServiceTracker<>(context, FrameworkUtil.createFilter("(objectClass=" + config.readyService() + ")"), null);
        ready.open(true);
    }

    @Deactivate
    void deactivate() {
        ready.close();
    }

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public CheckResult check() {
        return ready.isEmpty() ? CheckResult.down("The server is still starting.") : CheckResult.up();
    }
}
