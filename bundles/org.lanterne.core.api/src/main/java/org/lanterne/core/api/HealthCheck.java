package org.lanterne.core.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One component's view of its own health, for example whether the database can be reached.
 * Implementations must answer quickly and never throw.
 */
@ConsumerType
public interface HealthCheck {

    /** @return a short, stable name such as {@code database} */
    String name();

    /** @return the current result, with a reason when the component is not up */
    CheckResult check();
}
