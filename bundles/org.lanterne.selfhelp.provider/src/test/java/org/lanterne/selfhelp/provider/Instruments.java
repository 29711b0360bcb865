package org.lanterne.selfhelp.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lanterne.instruments.api.CatalogListener;
import org.lanterne.instruments.api.DefinitionProblem;
import org.lanterne.instruments.api.InstrumentCatalog;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.InstrumentKind;

/** An instruments catalog for tests: the weekly check in three languages, and instruments added by the test. */
final class Instruments implements InstrumentCatalog {

    static final String WEEKLY = "selfhelp-weekly-check-example";

    private final List<InstrumentDefinition> definitions = new CopyOnWriteArrayList<>(List.of(definition(WEEKLY, List.of("en", "fr", "ar"))));
    private final List<CatalogListener> listeners = new CopyOnWriteArrayList<>();

    static InstrumentDefinition definition(String id, List<String> languages) {
        return new InstrumentDefinition(id, "1.0", languages, Map.of("en", id), "test", "test", false, "test", InstrumentKind.CHECKLIST,
                List.of(), null, List.of(), List.of(), null, null);
    }

    void add(InstrumentDefinition definition) {
        definitions.add(definition);
        listeners.forEach(l -> l.catalogChanged(this));
    }

    @Override
    public List<InstrumentDefinition> list() {
        return definitions;
    }

    @Override
    public Optional<InstrumentDefinition> get(String id) {
        return definitions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    @Override
    public Optional<InstrumentDefinition> get(String id, String version) {
        return get(id).filter(d -> d.version().equals(version));
    }

    @Override
    public List<DefinitionProblem> problems() {
        return List.of();
    }

    @Override
    public void addListener(CatalogListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(CatalogListener listener) {
        listeners.remove(listener);
    }
}
