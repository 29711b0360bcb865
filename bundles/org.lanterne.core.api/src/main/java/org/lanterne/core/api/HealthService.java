package org.lanterne.core.api;

import org.osgi.annotation.versioning.ProviderType;

/** Aggregates the registered {@link Capability} and {@link HealthCheck} services. */
@ProviderType
public interface HealthService {

    /** @return the health of the installation now */
    Health health();
}
