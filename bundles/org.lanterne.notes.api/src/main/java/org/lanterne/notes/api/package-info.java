/**
 * The notes capability: the clients of a clinician's caseload ({@link org.lanterne.notes.api.Caseload}),
 * the sessions held with them and the notes written of each session ({@link org.lanterne.notes.api.SessionNotes}),
 * written from templates that are data ({@link org.lanterne.notes.api.NoteTemplates}).
 * <p>
 * Notes are the most sensitive records of the installation: they are kept encrypted, every read is
 * audited, and a signed note is never changed again, only amended.
 */
@Export
@Version("1.1.0")
package org.lanterne.notes.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
