package org.lanterne.about.api;

import org.osgi.annotation.versioning.ProviderType;

/** Describes this installation for the About view and the {@code /api/v1/about} endpoint. */
@ProviderType
public interface AboutService {

    /** @return the description of this installation */
    About about();
}
