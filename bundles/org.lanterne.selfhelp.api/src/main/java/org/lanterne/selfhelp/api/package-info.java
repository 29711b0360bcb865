/**
 * The self-help capability: programmes described as data ({@link org.lanterne.selfhelp.api.Programme},
 * listed by {@link org.lanterne.selfhelp.api.SelfHelpProgrammes}), anonymous participants who enrol
 * under a resume code and follow their progress ({@link org.lanterne.selfhelp.api.SelfHelpParticipants}),
 * aggregates for staff ({@link org.lanterne.selfhelp.api.SelfHelpIndicators}), records a participant
 * chose to share with a clinician ({@link org.lanterne.selfhelp.api.SelfHelpShares}) and crisis
 * helplines ({@link org.lanterne.selfhelp.api.CrisisHelplines}).
 */
@Export
@Version("1.1.0")
package org.lanterne.selfhelp.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
