package org.lanterne.instruments.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An instrument as data: what is asked and how it is scored. A result is reproducible from its
 * answers and the {@code id} and {@code version} of the definition it was scored with.
 *
 * @param id                 stable identifier, lowercase letters, digits and hyphens ({@code static-99r})
 * @param version            the definition's version; a changed scoring needs a new version
 * @param languages          the language codes every label is given in
 * @param titles             the instrument's title by language code
 * @param citation           the published source of items and scoring
 * @param licenceNote        who holds the rights and what may be shipped
 * @param licensed           whether only licensed or trained users may administer it
 * @param population         whom it is validated for, in English
 * @param kind               the instrument's family
 * @param items              the items in the order they are asked
 * @param missing            how missing scored items are handled
 * @param totals             totals and subscales; the first is the main total; none for SPJ
 * @param bandProfiles       the sets of levels; may be empty
 * @param defaultBandProfile the band profile used when none is asked for; {@code null} if there are none
 * @param judgementItem      the id of the single-choice item holding the rater's final judgement (SPJ); else {@code null}
 */
public record InstrumentDefinition(String id, String version, List<String> languages, Map<String, String> titles,
        String citation, String licenceNote, boolean licensed, String population, InstrumentKind kind, List<Item> items,
        MissingPolicy missing, List<Total> totals, List<BandProfile> bandProfiles, String defaultBandProfile,
        String judgementItem) {

    public InstrumentDefinition {
        languages = languages == null ? List.of() : List.copyOf(languages);
        titles = titles == null ? Map.of() : Map.copyOf(titles);
        items = items == null ? List.of() : List.copyOf(items);
        totals = totals == null ? List.of() : List.copyOf(totals);
        bandProfiles = bandProfiles == null ? List.of() : List.copyOf(bandProfiles);
    }

    /** @return the item with this id */
    public Optional<Item> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /** @return the band profile with this id */
    public Optional<BandProfile> bandProfile(String profileId) {
        return bandProfiles.stream().filter(p -> p.id().equals(profileId)).findFirst();
    }
}
