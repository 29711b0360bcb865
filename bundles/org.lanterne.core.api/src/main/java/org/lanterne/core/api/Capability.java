package org.lanterne.core.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Marks a capability (instruments, literature, ...) as present in this installation. Each
 * capability registers exactly one, so that installing or removing its bundles is visible to
 * {@link HealthService} on the server and in the workbench alike.
 */
@ConsumerType
public interface Capability {

    /**
     * @return the stable name of the capability; on the server it is also the name of its Karaf
     *         feature, for example {@code lanterne-about}
     */
    String name();
}
