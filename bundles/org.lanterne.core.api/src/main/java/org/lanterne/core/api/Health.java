package org.lanterne.core.api;

import java.util.List;
import java.util.Map;

/**
 * The health of the installation as reported to operators.
 *
 * @param status   {@link Status#UP} when every check is up
 * @param version  the Lanterne version
 * @param features the names of the capabilities present, sorted
 * @param checks   the result of each health check, by check name
 */
public record Health(Status status, String version, List<String> features, Map<String, CheckResult> checks) {

    public Health {
        features = List.copyOf(features);
        checks = Map.copyOf(checks);
    }
}
