package org.lanterne.notes.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lanterne.notes.api.NoteTemplate;
import org.lanterne.notes.api.NoteTemplates;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The templates built into this bundle ({@code templates/*.json}) and those dropped into
 * {@code <lanterne.data>/note-templates}, read again at each call so that a programme's own
 * template is offered as soon as its file is there. A file that cannot be read is left out and
 * logged with the reason; a dropped file cannot replace a built-in template.
 */
@Component
public class FolderNoteTemplates implements NoteTemplates {

    static final String FOLDER = "note-templates";

    private static final Logger LOG = System.getLogger(FolderNoteTemplates.class.getName());

    private final Map<String, NoteTemplate> builtIn;
    private final Path folder;

    @Activate
    public FolderNoteTemplates(BundleContext context) {
        this(builtIn(context), Path.of(System.getProperty("lanterne.data", Path.of(System.getProperty("user.home"), ".lanterne").toString()))
                .resolve(FOLDER));
    }

    FolderNoteTemplates(Map<String, NoteTemplate> builtIn, Path folder) {
        this.builtIn = builtIn;
        this.folder = folder;
    }

    @Override
    public List<NoteTemplate> list() {
        Map<String, NoteTemplate> all = new LinkedHashMap<>(builtIn);
        for (NoteTemplate dropped : dropped()) {
            if (all.putIfAbsent(dropped.id(), dropped) != null) {
                LOG.log(Level.WARNING, "Note template {0} in {1} is left out: a template of that id is built in or in another file.",
                        dropped.id(), folder);
            }
        }
        return all.values().stream().sorted(Comparator.comparing(NoteTemplate::id)).toList();
    }

    @Override
    public List<NoteTemplate> forProgramme(String programme) {
        return list().stream().filter(t -> t.programmes().isEmpty() || t.programmes().contains(programme)).toList();
    }

    @Override
    public Optional<NoteTemplate> get(String id) {
        return list().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private List<NoteTemplate> dropped() {
        List<NoteTemplate> read = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            Collections.sort(sorted);
            for (Path file : sorted) {
                try (InputStream in = Files.newInputStream(file)) {
                    read.add(TemplateReader.read(in, file.getFileName().toString()));
                } catch (IOException | IllegalArgumentException e) {
                    LOG.log(Level.WARNING, "Note template left out: {0}", e.getMessage());
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The note templates folder {0} cannot be read: {1}", folder, e.getMessage());
        }
        return read;
    }

    private static Map<String, NoteTemplate> builtIn(BundleContext context) {
        Map<String, NoteTemplate> templates = new LinkedHashMap<>();
        var entries = context.getBundle().findEntries("templates", "*.json", false);
        while (entries != null && entries.hasMoreElements()) {
            URL entry = entries.nextElement();
            try (InputStream in = entry.openStream()) {
                NoteTemplate template = TemplateReader.read(in, entry.getPath());
                templates.put(template.id(), template);
            } catch (IOException e) {
                throw new UncheckedIOException("A built-in note template cannot be read: " + entry.getPath(), e);
            }
        }
        return templates;
    }
}
