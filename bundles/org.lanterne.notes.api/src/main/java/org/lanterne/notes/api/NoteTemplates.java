package org.lanterne.notes.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The note templates of the installation: those built in, and those dropped into its templates folder. */
@ProviderType
public interface NoteTemplates {

    /** @return every template, by id */
    List<NoteTemplate> list();

    /** @return the templates offered for the programme: its own and those for every programme */
    List<NoteTemplate> forProgramme(String programme);

    Optional<NoteTemplate> get(String id);
}
