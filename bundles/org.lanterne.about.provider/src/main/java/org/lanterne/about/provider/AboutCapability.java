package org.lanterne.about.provider;

import org.lanterne.core.api.Capability;
import org.osgi.service.component.annotations.Component;

/** Announces the About capability (feature {@code lanterne-about}). */
@Component
public class AboutCapability implements Capability {

    @Override
    public String name() {
        return "lanterne-about";
    }
}
