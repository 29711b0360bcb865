package org.lanterne.instruments.provider;

import org.lanterne.core.api.Capability;
import org.osgi.service.component.annotations.Component;

/** Announces the instruments capability (feature {@code lanterne-instruments}). */
@Component
public class InstrumentsCapability implements Capability {

    @Override
    public String name() {
        return "lanterne-instruments";
    }
}
