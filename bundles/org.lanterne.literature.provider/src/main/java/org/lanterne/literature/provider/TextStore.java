package org.lanterne.literature.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.lanterne.literature.api.BibliographicDetails;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.Provenance;
import org.lanterne.literature.api.WorkType;

/**
 * The extracted text and metadata of every record, kept apart from the index so that the index
 * can be rebuilt without extracting again: {@code <id>.txt.gz} and {@code <id>.properties}.
 * The properties file is written last, so a record counts as stored only once both exist.
 * Literature is published material, so this text is kept unencrypted (unlike clinical text).
 */
final class TextStore {

    private static final String ALIASES = "aliases";

    private final Path folder;

    TextStore(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    boolean contains(String id) {
        return Files.isRegularFile(folder.resolve(id + ".properties")) && Files.isRegularFile(folder.resolve(id + ".txt.gz"));
    }

    void write(LiteratureRecord record, String text) throws IOException {
        Path textFile = folder.resolve(record.id() + ".txt.gz");
        Path tmp = Files.createTempFile(folder, record.id(), ".tmp");
        try (Writer out = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(tmp)), StandardCharsets.UTF_8)) {
            out.write(text);
        }
        Files.move(tmp, textFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        writeRecord(record);
    }

    /** Writes the record's metadata; the provenance of records merged into it stays. */
    void writeRecord(LiteratureRecord record) throws IOException {
        writeRecord(record, contains(record.id()) ? merged(record.id()) : List.of());
    }

    /** @param merged the provenance of the records merged into this one */
    void writeRecord(LiteratureRecord record, List<Provenance> merged) throws IOException {
        Properties p = new Properties();
        for (int i = 0; i < merged.size(); i++) {
            p.setProperty("merged." + i + ".id", merged.get(i).recordId());
            p.setProperty("merged." + i + ".source", merged.get(i).source());
            p.setProperty("merged." + i + ".hash", merged.get(i).contentHash());
        }
        p.setProperty("id", record.id());
        p.setProperty("title", record.title());
        for (int i = 0; i < record.authors().size(); i++) {
            p.setProperty("author." + i, record.authors().get(i));
        }
        record.year().ifPresent(y -> p.setProperty("year", Integer.toString(y)));
        record.doi().ifPresent(d -> p.setProperty("doi", d));
        p.setProperty("language", record.language());
        p.setProperty("type", record.documentType());
        int i = 0;
        for (String tag : record.tags()) {
            p.setProperty("tag." + i++, tag);
        }
        record.country().ifPresent(c -> p.setProperty("country", c));
        p.setProperty("file", record.sourceFileName());
        p.setProperty("hash", record.contentHash());
        BibliographicDetails d = record.details();
        p.setProperty("work", d.type().name());
        d.abstractText().ifPresent(v -> p.setProperty("abstract", v));
        d.container().ifPresent(v -> p.setProperty("container", v));
        d.volume().ifPresent(v -> p.setProperty("volume", v));
        d.issue().ifPresent(v -> p.setProperty("issue", v));
        d.pages().ifPresent(v -> p.setProperty("pages", v));
        d.publisher().ifPresent(v -> p.setProperty("publisher", v));
        d.url().ifPresent(v -> p.setProperty("url", v));
        Path tmp = Files.createTempFile(folder, record.id(), ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, null);
        }
        Files.move(tmp, folder.resolve(record.id() + ".properties"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    LiteratureRecord record(String id) throws IOException {
        Properties p = properties(id);
        List<String> authors = new ArrayList<>();
        for (int i = 0; p.containsKey("author." + i); i++) {
            authors.add(p.getProperty("author." + i));
        }
        Set<String> tags = new LinkedHashSet<>();
        for (int i = 0; p.containsKey("tag." + i); i++) {
            tags.add(p.getProperty("tag." + i));
        }
        String year = p.getProperty("year");
        return new LiteratureRecord(p.getProperty("id"), p.getProperty("title"), authors,
                year == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(year)),
                Optional.ofNullable(p.getProperty("doi")), p.getProperty("language"), p.getProperty("type"), tags,
                Optional.ofNullable(p.getProperty("country")), p.getProperty("file"), p.getProperty("hash"), details(p));
    }

    /** @return the provenance of the records merged into this one, oldest merge first */
    List<Provenance> merged(String id) throws IOException {
        Properties p = properties(id);
        List<Provenance> merged = new ArrayList<>();
        for (int i = 0; p.containsKey("merged." + i + ".id"); i++) {
            merged.add(new Provenance(p.getProperty("merged." + i + ".id"), p.getProperty("merged." + i + ".source"),
                    p.getProperty("merged." + i + ".hash")));
        }
        return merged;
    }

    private Properties properties(String id) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve(id + ".properties"))) {
            p.load(in);
        }
        return p;
    }

    /** Removes a record: its metadata first, so that it no longer counts as stored, then its text. */
    void delete(String id) throws IOException {
        Files.deleteIfExists(folder.resolve(id + ".properties"));
        Files.deleteIfExists(folder.resolve(id + ".txt.gz"));
    }

    /**
     * The content hashes of merged records and the record each now belongs to, so that their
     * files are known as duplicates: kept in {@code aliases} beside the records.
     */
    Map<String, String> aliases() throws IOException {
        Path file = folder.resolve(ALIASES);
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
        }
        Map<String, String> aliases = new HashMap<>();
        p.forEach((hash, id) -> aliases.put((String) hash, (String) id));
        return aliases;
    }

    /** Points the hashes at the kept record, and so do those that pointed at the merged one. */
    void alias(List<String> hashes, String mergedId, String keptId) throws IOException {
        Properties p = new Properties();
        aliases().forEach((hash, id) -> p.setProperty(hash, id.equals(mergedId) ? keptId : id));
        hashes.forEach(hash -> p.setProperty(hash, keptId));
        Path tmp = Files.createTempFile(folder, ALIASES, ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, null);
        }
        Files.move(tmp, folder.resolve(ALIASES), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Records stored before bibliographic details existed have none. */
    private static BibliographicDetails details(Properties p) {
        return new BibliographicDetails(WorkType.valueOf(p.getProperty("work", WorkType.OTHER.name())),
                Optional.ofNullable(p.getProperty("abstract")), Optional.ofNullable(p.getProperty("container")),
                Optional.ofNullable(p.getProperty("volume")), Optional.ofNullable(p.getProperty("issue")),
                Optional.ofNullable(p.getProperty("pages")), Optional.ofNullable(p.getProperty("publisher")),
                Optional.ofNullable(p.getProperty("url")));
    }

    String text(String id) throws IOException {
        try (Reader in = new java.io.InputStreamReader(new GZIPInputStream(Files.newInputStream(folder.resolve(id + ".txt.gz"))),
                StandardCharsets.UTF_8)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = in.read(buffer)) > 0;) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }

    /** @return the ids of every stored record */
    List<String> ids() throws IOException {
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.properties")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.length() - ".properties".length());
                if (contains(id)) {
                    ids.add(id);
                }
            }
        }
        ids.sort(null);
        return ids;
    }
}
