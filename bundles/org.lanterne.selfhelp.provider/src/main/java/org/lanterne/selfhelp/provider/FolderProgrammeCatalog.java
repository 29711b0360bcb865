package org.lanterne.selfhelp.provider;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.lanterne.instruments.api.CatalogListener;
import org.lanterne.instruments.api.DefinitionException;
import org.lanterne.instruments.api.DefinitionProblem;
import org.lanterne.instruments.api.InstrumentCatalog;
import org.lanterne.selfhelp.api.Programme;
import org.lanterne.selfhelp.api.ProgrammeListener;
import org.lanterne.selfhelp.api.SelfHelpProgrammes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The programmes shipped in this bundle ({@code programmes/}) and those in the programmes folder,
 * which is polled: a file dropped in appears, a file removed is withdrawn, a broken file is listed in
 * {@link #problems()} while the others keep working. Questionnaires are checked against the
 * instruments catalog again whenever it changes.
 */
@Component(configurationPid = FolderProgrammeCatalog.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true) // it watches the folder whether or not anyone holds it yet
@Designate(ocd = FolderProgrammeCatalog.Config.class)
public class FolderProgrammeCatalog implements SelfHelpProgrammes {

    static final String PID = "org.lanterne.selfhelp.programmes";
    static final List<String> BUILT_INS = List.of("taking-care.json", "parents-worried.json");

    private static final Logger LOG = System.getLogger(FolderProgrammeCatalog.class.getName());

    @ObjectClassDefinition(name = "Lanterne self-help programmes", description = "Where programme definitions are dropped at runtime.")
    public @interface Config {

        @AttributeDefinition(description = "Folder of programme files (*.json); empty means <lanterne.data>/programmes")
        String folder() default "";

        @AttributeDefinition(description = "How often the folder is looked at, in milliseconds")
        long pollMillis() default 2000;
    }

    /** A file as read: its programme, or why it could not be read. */
    private record Read(String source, Programme programme, List<DefinitionProblem> problems) {
    }

    private record Snapshot(List<Programme> programmes, List<DefinitionProblem> problems) {
    }

    private final Path folder;
    private final InstrumentCatalog instruments;
    private final List<Read> builtIns;
    private final CatalogListener instrumentsChanged = catalog -> publish();
    private final List<ProgrammeListener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller;
    private Map<Path, String> stamps = Map.of();
    private List<Read> files = List.of();
    private volatile Snapshot snapshot = new Snapshot(List.of(), List.of());

    @Activate
    public FolderProgrammeCatalog(@Reference InstrumentCatalog instruments, Config config) {
        this(instruments, config.folder().isBlank() ? defaultFolder() : Path.of(config.folder()),
                Duration.ofMillis(Math.max(100, config.pollMillis())));
    }

    FolderProgrammeCatalog(InstrumentCatalog instruments, Path folder, Duration poll) {
        this.instruments = instruments;
        this.folder = folder.toAbsolutePath();
        this.builtIns = BUILT_INS.stream().map(FolderProgrammeCatalog::builtIn).toList();
        rescan();
        publish();
        instruments.addListener(instrumentsChanged);
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "lanterne-programmes-folder");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::poll, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        instruments.removeListener(instrumentsChanged);
        poller.shutdownNow();
        poller.awaitTermination(5, TimeUnit.SECONDS);
        listeners.clear();
    }

    static Path defaultFolder() {
        return Path.of(System.getProperty("lanterne.data", Path.of(System.getProperty("user.home"), ".lanterne").toString()), "programmes");
    }

    @Override
    public List<Programme> list() {
        return snapshot.programmes();
    }

    @Override
    public Optional<Programme> get(String id) {
        return snapshot.programmes().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public List<DefinitionProblem> problems() {
        return snapshot.problems();
    }

    @Override
    public void addListener(ProgrammeListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(ProgrammeListener listener) {
        listeners.remove(listener);
    }

    private void poll() {
        try {
            if (rescan()) {
                publish();
            }
        } catch (RuntimeException e) {
            // the poller must survive anything one scan meets
            LOG.log(Level.ERROR, "Scanning the programmes folder " + folder + " failed", e);
        }
    }

    /** @return whether any file appeared, changed or went; all files are read again then */
    synchronized boolean rescan() {
        Map<Path, String> seen = new HashMap<>();
        try (Stream<Path> entries = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            entries.filter(f -> f.getFileName().toString().endsWith(".json") && !f.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile)
                    .forEach(f -> seen.put(f, stamp(f)));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The programmes folder " + folder + " cannot be read: " + e.getMessage());
        }
        if (seen.equals(stamps)) {
            return false;
        }
        stamps = seen;
        files = seen.keySet().stream().sorted().map(FolderProgrammeCatalog::file).toList();
        return true;
    }

    /** Validates every programme read against the current instruments and tells listeners when anything changed. */
    synchronized void publish() {
        List<Programme> programmes = new ArrayList<>();
        List<DefinitionProblem> problems = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        List<Read> all = new ArrayList<>(builtIns);
        all.addAll(files);
        for (Read read : all) {
            problems.addAll(read.problems());
            if (read.programme() == null) {
                continue;
            }
            List<DefinitionProblem> broken = ProgrammeValidator.problems(read.source(), read.programme(), instruments::get);
            String owner = broken.isEmpty() ? owners.putIfAbsent(read.programme().id(), read.source()) : null;
            if (owner != null) {
                broken = List.of(new DefinitionProblem(read.source(), "$.id", "duplicate-programme",
                        "The programme '" + read.programme().id() + "' is already defined by " + owner));
            }
            problems.addAll(broken);
            if (broken.isEmpty()) {
                programmes.add(read.programme());
            }
        }
        programmes.sort(Comparator.comparing(Programme::id));
        Snapshot next = new Snapshot(List.copyOf(programmes), List.copyOf(problems));
        Snapshot previous = snapshot;
        snapshot = next;
        if (!next.equals(previous)) {
            next.problems().stream().filter(p -> !previous.problems().contains(p))
                    .forEach(p -> LOG.log(Level.WARNING, "Programme definition rejected: " + p));
            listeners.forEach(this::tell);
        }
    }

    private void tell(ProgrammeListener listener) {
        try {
            listener.programmesChanged(this);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A programmes listener failed", e);
        }
    }

    private static String stamp(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis() + "/" + Files.size(file);
        } catch (IOException e) {
            return "gone"; // removed while listed: read again next time
        }
    }

    private static Read file(Path file) {
        try {
            return parsed(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            return unreadable(file.toString(), "Cannot be read: " + e.getMessage());
        }
    }

    private static Read builtIn(String name) {
        String source = "built-in:programmes/" + name;
        try (InputStream in = FolderProgrammeCatalog.class.getResourceAsStream("/programmes/" + name)) {
            return in == null ? unreadable(source, "Not found in the bundle") : parsed(source, in.readAllBytes());
        } catch (IOException e) {
            return unreadable(source, "Cannot be read: " + e.getMessage());
        }
    }

    private static Read parsed(String source, byte[] json) {
        try {
            return new Read(source, ProgrammeReader.read(source, json), List.of());
        } catch (DefinitionException e) {
            return new Read(source, null, e.problems());
        }
    }

    private static Read unreadable(String source, String message) {
        return new Read(source, null, List.of(new DefinitionProblem(source, "$", "unreadable", message)));
    }
}
