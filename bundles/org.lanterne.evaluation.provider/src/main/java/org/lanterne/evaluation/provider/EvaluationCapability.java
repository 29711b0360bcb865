package org.lanterne.evaluation.provider;

import org.lanterne.core.api.Capability;
import org.osgi.service.component.annotations.Component;

/** Announces the evaluation capability (feature {@code lanterne-evaluation}). */
@Component
public class EvaluationCapability implements Capability {

    @Override
    public String name() {
        return "lanterne-evaluation";
    }
}
