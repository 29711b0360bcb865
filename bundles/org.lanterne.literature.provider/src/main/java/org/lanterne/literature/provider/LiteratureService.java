package org.lanterne.literature.provider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lanterne.literature.api.FacetRequest;
import org.lanterne.literature.api.ImportJob;
import org.lanterne.literature.api.LiteratureLibrary;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.PossibleDuplicate;
import org.lanterne.literature.api.Provenance;
import org.lanterne.literature.api.LiteratureReferences;
import org.lanterne.literature.api.LiteratureSearch;
import org.lanterne.literature.api.QuerySyntaxException;
import org.lanterne.literature.api.ReferenceFormat;
import org.lanterne.literature.api.ReferenceFormatException;
import org.lanterne.literature.api.SearchHit;
import org.lanterne.literature.api.SearchResult;
import org.lanterne.literature.api.SortOrder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The literature library of this installation, in {@code <lanterne.data>/literature} unless
 * configured otherwise (pid {@code org.lanterne.literature}).
 */
@Component(service = { LiteratureLibrary.class, LiteratureSearch.class, LiteratureReferences.class },
        configurationPid = LiteratureService.PID)
@Designate(ocd = LiteratureService.Config.class)
public class LiteratureService implements LiteratureLibrary, LiteratureSearch, LiteratureReferences {

    static final String PID = "org.lanterne.literature";

    @ObjectClassDefinition(name = "Lanterne literature", description = "Where the literature library lives and how "
            + "much of one file an import may read.")
    public @interface Config {

        @AttributeDefinition(description = "Folder of the library (index/ and text/). Empty: <lanterne.data>/literature. "
                + "A relative path is relative to <lanterne.data>.")
        String path() default "";

        @AttributeDefinition(description = "Files larger than this many megabytes are refused.")
        int maxFileMegabytes() default 200;

        @AttributeDefinition(description = "Text beyond this many characters of one file is not kept.")
        int maxCharacters() default 20_000_000;

        @AttributeDefinition(description = "An extraction taking longer than this many seconds is abandoned.")
        int extractionSeconds() default 120;

        @AttributeDefinition(description = "Deepest nesting of elements or embedded documents accepted.")
        int maxDepth() default 100;

        @AttributeDefinition(description = "Files imported between two commits of the index.")
        int commitEvery() default 25;
    }

    private Library library;

    @Activate
    void activate(Config config) throws IOException {
        Path data = Path.of(System.getProperty("lanterne.data", Path.of(System.getProperty("user.home"), ".lanterne").toString()));
        Path folder = config.path().isBlank() ? data.resolve("literature") : data.resolve(config.path());
        library = Library.open(new Library.Settings(folder.toAbsolutePath(),
                new Extractor.Limits((long) config.maxFileMegabytes() << 20, config.maxCharacters(),
                        Duration.ofSeconds(config.extractionSeconds()), config.maxDepth()),
                config.commitEvery()));
    }

    @Deactivate
    void deactivate() {
        library.close();
    }

    @Override
    public ImportJob start(List<Path> paths) {
        return library.start(paths);
    }

    @Override
    public Optional<LiteratureRecord> record(String id) {
        return library.record(id);
    }

    @Override
    public LiteratureRecord correct(LiteratureRecord corrected) {
        try {
            return library.update(corrected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<String> text(String id) {
        try {
            return library.text(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<PossibleDuplicate> possibleDuplicates() {
        return library.possibleDuplicates();
    }

    @Override
    public LiteratureRecord merge(String keptId, String mergedId) {
        try {
            return library.merge(keptId, mergedId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Provenance> provenance(String id) {
        try {
            return library.provenance(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int size() {
        return library.size();
    }

    @Override
    public ImportJob rebuildIndex() {
        return library.rebuild();
    }

    @Override
    public ImportJob importReferences(String listName, String content, ReferenceFormat format) throws ReferenceFormatException {
        return library.importReferences(listName, content, format);
    }

    @Override
    public String export(List<String> ids, ReferenceFormat format) {
        try {
            return library.export(ids, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SearchResult search(String query, Set<FacetRequest> facets, SortOrder order, int page, int size)
            throws QuerySyntaxException {
        return library.search(query, facets, order, page, size);
    }

    @Override
    public Optional<String> highlight(String id, String query) throws QuerySyntaxException {
        return library.highlight(id, query);
    }

    @Override
    public List<SearchHit> moreLikeThis(String id, int size) {
        return library.moreLikeThis(id, size);
    }
}
