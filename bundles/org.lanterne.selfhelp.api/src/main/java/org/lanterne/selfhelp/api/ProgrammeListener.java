package org.lanterne.selfhelp.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Told when programmes appear, change or are withdrawn, or when the problem list changes. */
@ConsumerType
@FunctionalInterface
public interface ProgrammeListener {

    /** Called on a background thread; look the programmes up again to see what changed. */
    void programmesChanged(SelfHelpProgrammes programmes);
}
