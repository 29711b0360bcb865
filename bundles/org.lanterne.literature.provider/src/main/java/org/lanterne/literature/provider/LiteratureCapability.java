package org.lanterne.literature.provider;

import org.lanterne.core.api.Capability;
import org.osgi.service.component.annotations.Component;

/** Announces the literature capability (feature {@code lanterne-literature}). */
@Component
public class LiteratureCapability implements Capability {

    @Override
    public String name() {
        return "lanterne-literature";
    }
}
