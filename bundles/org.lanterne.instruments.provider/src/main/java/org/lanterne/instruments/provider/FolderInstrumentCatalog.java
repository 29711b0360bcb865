package org.lanterne.instruments.provider;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.lanterne.instruments.api.CatalogListener;
import org.lanterne.instruments.api.DefinitionException;
import org.lanterne.instruments.api.DefinitionProblem;
import org.lanterne.instruments.api.InstrumentCatalog;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The definitions shipped in this bundle ({@code definitions/}) and those in the instruments
 * folder, which is polled: a file dropped in appears, a file removed is withdrawn, a broken file is
 * listed in {@link #problems()} while the others keep working.
 */
@Component(configurationPid = FolderInstrumentCatalog.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true) // it watches the folder whether or not anyone holds it yet
@Designate(ocd = FolderInstrumentCatalog.Config.class)
public class FolderInstrumentCatalog implements InstrumentCatalog {

    static final String PID = "org.lanterne.instruments";
    static final List<String> BUILT_INS = List.of("static-99r.json", "cport.json", "dynamic-needs-example.json",
            "adolescent-spj-example.json", "selfhelp-weekly-check-example.json");

    private static final Logger LOG = System.getLogger(FolderInstrumentCatalog.class.getName());

    @ObjectClassDefinition(name = "Lanterne instruments", description = "Where instrument definitions are dropped at runtime.")
    public @interface Config {

        @AttributeDefinition(description = "Folder of definition files (*.json); empty means <lanterne.data>/instruments")
        String folder() default "";

        @AttributeDefinition(description = "How often the folder is looked at, in milliseconds")
        long pollMillis() default 2000;
    }

    private record Stamp(long modified, long size) {
    }

    private record Loaded(String source, InstrumentDefinition definition, List<DefinitionProblem> problems) {
    }

    private record Snapshot(List<InstrumentDefinition> definitions, List<DefinitionProblem> problems) {
    }

    private final Path folder;
    private final List<Loaded> builtIns;
    private final Map<Path, Stamp> stamps = new HashMap<>();
    private final Map<Path, Loaded> files = new TreeMap<>();
    private final List<CatalogListener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller;
    private volatile Snapshot snapshot = new Snapshot(List.of(), List.of());

    @Activate
    public FolderInstrumentCatalog(Config config) {
        this(config.folder().isBlank() ? defaultFolder() : Path.of(config.folder()), Duration.ofMillis(Math.max(100, config.pollMillis())));
    }

    FolderInstrumentCatalog(Path folder, Duration poll) {
        this.folder = folder.toAbsolutePath();
        this.builtIns = BUILT_INS.stream().map(FolderInstrumentCatalog::builtIn).toList();
        rescan();
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "lanterne-instruments-folder");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::rescanQuietly, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() {
        poller.shutdownNow();
        try {
            poller.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        listeners.clear();
    }

    static Path defaultFolder() {
        String data = System.getProperty("lanterne.data", Path.of(System.getProperty("user.home"), ".lanterne").toString());
        return Path.of(data, "instruments");
    }

    Path folder() {
        return folder;
    }

    @Override
    public List<InstrumentDefinition> list() {
        return snapshot.definitions();
    }

    @Override
    public Optional<InstrumentDefinition> get(String id) {
        return snapshot.definitions().stream().filter(d -> d.id().equals(id)).max(Comparator.comparing(InstrumentDefinition::version, Versions.ORDER));
    }

    @Override
    public Optional<InstrumentDefinition> get(String id, String version) {
        return snapshot.definitions().stream().filter(d -> d.id().equals(id) && d.version().equals(version)).findFirst();
    }

    @Override
    public List<DefinitionProblem> problems() {
        return snapshot.problems();
    }

    @Override
    public void addListener(CatalogListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(CatalogListener listener) {
        listeners.remove(listener);
    }

    private void rescanQuietly() {
        try {
            rescan();
        } catch (RuntimeException e) {
            // the poller must survive anything one scan meets
            LOG.log(Level.ERROR, "Scanning the instruments folder " + folder + " failed", e);
        }
    }

    /** Reads new and changed files, forgets removed ones, and tells listeners when the catalog changed. */
    synchronized void rescan() {
        Map<Path, Stamp> seen = new HashMap<>();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.json")) {
                for (Path file : entries) {
                    if (file.getFileName().toString().startsWith(".")) {
                        continue; // editors' and copy tools' temporary files
                    }
                    try {
                        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                        if (attributes.isRegularFile()) {
                            seen.put(file, new Stamp(attributes.lastModifiedTime().toMillis(), attributes.size()));
                        }
                    } catch (IOException e) {
                        // removed between listing and reading: gone
                    }
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The instruments folder " + folder + " cannot be read: " + e.getMessage());
            }
        }
        boolean changed = false;
        for (Path gone : new HashSet<>(files.keySet())) {
            if (!seen.containsKey(gone)) {
                files.remove(gone);
                stamps.remove(gone);
                changed = true;
            }
        }
        for (Map.Entry<Path, Stamp> entry : seen.entrySet()) {
            if (!entry.getValue().equals(stamps.get(entry.getKey()))) {
                stamps.put(entry.getKey(), entry.getValue());
                files.put(entry.getKey(), file(entry.getKey()));
                changed = true;
            }
        }
        if (changed || snapshot.definitions().isEmpty() && snapshot.problems().isEmpty()) {
            publish();
        }
    }

    private void publish() {
        List<InstrumentDefinition> definitions = new ArrayList<>();
        List<DefinitionProblem> problems = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        List<Loaded> all = new ArrayList<>(builtIns);
        all.addAll(files.values());
        for (Loaded loaded : all) {
            if (loaded.definition() == null) {
                problems.addAll(loaded.problems());
                continue;
            }
            String key = loaded.definition().id() + " " + loaded.definition().version();
            String owner = owners.putIfAbsent(key, loaded.source());
            if (owner != null) {
                // a second file must not silently change how an existing version scores
                problems.add(new DefinitionProblem(loaded.source(), "$.version", "duplicate-definition", "The instrument '"
                        + loaded.definition().id() + "' version " + loaded.definition().version() + " is already defined by " + owner));
                continue;
            }
            definitions.add(loaded.definition());
        }
        definitions.sort(Comparator.comparing(InstrumentDefinition::id).thenComparing(InstrumentDefinition::version, Versions.ORDER));
        Snapshot next = new Snapshot(List.copyOf(definitions), List.copyOf(problems));
        Snapshot previous = snapshot;
        snapshot = next;
        if (next.equals(previous)) {
            return;
        }
        logChanges(previous, next);
        for (CatalogListener listener : listeners) {
            try {
                listener.catalogChanged(this);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "An instruments catalog listener failed", e);
            }
        }
    }

    private static void logChanges(Snapshot previous, Snapshot next) {
        Set<String> before = new HashSet<>(previous.definitions().stream().map(d -> d.id() + " " + d.version()).toList());
        Set<String> after = new HashSet<>(next.definitions().stream().map(d -> d.id() + " " + d.version()).toList());
        after.stream().filter(d -> !before.contains(d)).sorted().forEach(d -> LOG.log(Level.INFO, "Instrument available: " + d));
        before.stream().filter(d -> !after.contains(d)).sorted().forEach(d -> LOG.log(Level.INFO, "Instrument withdrawn: " + d));
        next.problems().stream().filter(p -> !previous.problems().contains(p))
                .forEach(p -> LOG.log(Level.WARNING, "Instrument definition rejected: " + p));
    }

    private static Loaded file(Path file) {
        String source = file.toString();
        try {
            return load(source, Files.readAllBytes(file));
        } catch (IOException e) {
            return new Loaded(source, null, List.of(new DefinitionProblem(source, "$", "unreadable", "Cannot be read: " + e.getMessage())));
        }
    }

    private static Loaded builtIn(String name) {
        String source = "built-in:definitions/" + name;
        try (InputStream in = FolderInstrumentCatalog.class.getResourceAsStream("/definitions/" + name)) {
            if (in == null) {
                return new Loaded(source, null, List.of(new DefinitionProblem(source, "$", "unreadable", "Not found in the bundle")));
            }
            return load(source, in.readAllBytes());
        } catch (IOException e) {
            return new Loaded(source, null, List.of(new DefinitionProblem(source, "$", "unreadable", "Cannot be read: " + e.getMessage())));
        }
    }

    private static Loaded load(String source, byte[] json) {
        try {
            return new Loaded(source, Definitions.load(source, json), List.of());
        } catch (DefinitionException e) {
            return new Loaded(source, null, e.problems());
        }
    }
}
