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

/** Reports the capabilities present and the result of every health check, as they come and go. */
@Component
public class DefaultHealthService implements HealthService {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<Capability> capabilities = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();

    private final String version;

    @Activate
    public DefaultHealthService(BundleContext context) {
        this.version = context.getBundle().getHeaders("").get(LanterneHeaders.VERSION);
    }

    @Override
    public Health health() {
        Map<String, CheckResult> results = new TreeMap<>();
        for (HealthCheck check : checks) {
            results.put(check.name(), check.check());
        }
        Status status = results.values().stream().allMatch(r -> r.status() == Status.UP) ? Status.UP : Status.DOWN;
        List<String> features = capabilities.stream().map(Capability::name).sorted().distinct().toList();
        return new Health(status, version, features, results);
    }
}
