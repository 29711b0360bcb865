package org.lanterne.core.provider;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lanterne.core.api.Capability;
import org.lanterne.core.api.CheckResult;
import org.lanterne.core.api.Health;
import org.lanterne.core.api.HealthCheck;
import org.lanterne.core.api.HealthService;
import org.lanterne.core.api.LanterneHeaders;
import org.lanterne.core.api.Status;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Reports the capabilities present and the result of every health check, as they come and go. */
@Component(configurationPid = "org.lanterne.core.health")
@Designate(ocd = DefaultHealthService.Config.class)
public class DefaultHealthService implements HealthService {

    @ObjectClassDefinition(name = "Lanterne health", description = "Which checks must be present for the installation to be up.")
    public @interface Config {

        @AttributeDefinition(description = "Names of the checks without which the installation is down, for example while it starts")
        String[] requiredChecks() default { "database" };
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<Capability> capabilities = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();

    private final String version;
    private final List<String> requiredChecks;

    @Activate
    public DefaultHealthService(BundleContext context, Config config) {
        this.version = context.getBundle().getHeaders("").get(LanterneHeaders.VERSION);
        this.requiredChecks = List.of(config.requiredChecks());
    }

    @Override
    public Health health() {
        Map<String, CheckResult> results = new TreeMap<>();
        for (HealthCheck check : checks) {
            results.put(check.name(), check.check());
        }
        for (String required : requiredChecks) {
            results.putIfAbsent(required, CheckResult.down("Not available yet."));
        }
        Status status = results.values().stream().allMatch(r -> r.status() == Status.UP) ? Status.UP : Status.DOWN;
        List<String> features = capabilities.stream().map(Capability::name).sorted().distinct().toList();
        return new Health(status, version, features, results);
    }
}
