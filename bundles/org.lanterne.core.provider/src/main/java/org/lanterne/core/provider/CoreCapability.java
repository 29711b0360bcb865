package org.lanterne.core.provider;

import org.lanterne.core.api.Capability;
import org.osgi.service.component.annotations.Component;

/** The core is itself a capability: health and installation are present wherever it runs. */
@Component
public class CoreCapability implements Capability {

    @Override
    public String name() {
        return "lanterne-core";
    }
}
