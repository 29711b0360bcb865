package org.lanterne.selfhelp.provider;

import org.lanterne.core.api.Capability;
import org.osgi.service.component.annotations.Component;

/** Announces the self-help capability (feature {@code lanterne-selfhelp}). */
@Component
public class SelfHelpCapability implements Capability {

    @Override
    public String name() {
        return "lanterne-selfhelp";
    }
}
