package org.lanterne.literature.provider.references;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.lanterne.literature.api.BibliographicDetails;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.WorkType;

/** Records that exercise every field and the characters each format has to escape. */
final class Samples {

    private Samples() {
    }

    static LiteratureRecord article() {
        return new LiteratureRecord("lit-000000000000000000000001", "Les enfants & les réseaux sociaux : 50 % {exposés} à l'œuvre_1 ~ ^",
                List.of("Dupont, Marie-Hélène", "Conseil économique, social et environnemental, Maroc", "Smith and Sons",
                        "Ångström, Çelik", "Muñoz, Zoë"),
                OptionalInt.of(2024), Optional.of("10.1234/cese.2024_07"), "fr", LiteratureRecord.REFERENCE,
                Set.of("prévention primaire", "réseaux sociaux"), Optional.empty(), "liste.ris", "hash-1",
                new BibliographicDetails(WorkType.ARTICLE, Optional.of("Un avis sur l'exposition des enfants; #1 \\ fin."),
                        Optional.of("Revue française de santé publique"), Optional.of("12"), Optional.of("3"),
                        Optional.of("45-67"), Optional.of("Presses de l'EHESP"),
                        Optional.of("https://example.org/avis?id=12&lang=fr%20x")));
    }

    static LiteratureRecord report() {
        return new LiteratureRecord("lit-000000000000000000000002", "الاستجابة الوطنية لحماية الأطفال على الإنترنت",
                List.of("UNICEF"), OptionalInt.of(2022), Optional.empty(), "ar", LiteratureRecord.REFERENCE, Set.of(),
                Optional.empty(), "liste.ris", "hash-2",
                new BibliographicDetails(WorkType.REPORT, Optional.empty(), Optional.of("Série rapports"), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.of("UNICEF Maroc"), Optional.empty()));
    }

    static LiteratureRecord pdfWithoutDetails() {
        return new LiteratureRecord("lit-000000000000000000000003", "Campagne nationale contre la cyberviolence",
                List.of("Lanterne tests"), OptionalInt.empty(), Optional.empty(), "und", "pdf", Set.of(), Optional.empty(),
                "cmrpi-campagne-cyberviolence-2025.pdf", "hash-3");
    }

    static List<LiteratureRecord> all() {
        return List.of(article(), report(), pdfWithoutDetails());
    }
}
