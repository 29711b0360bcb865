package org.lanterne.literature.provider;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TimeZone;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;

/**
 * Runs Tika on one file at a time under limits: size in bytes, characters of text, time (the
 * parse runs on its own thread and is abandoned when it overruns), nesting depth and compression
 * ratio (Tika's zip-bomb guard). Every failure becomes a {@link Rejected} with a reason for people.
 */
final class Extractor implements AutoCloseable {

    /**
     * @param maxBytes      larger files are refused before parsing
     * @param maxCharacters text beyond this is not kept
     * @param timeout       a parse that takes longer is abandoned
     * @param maxDepth      deepest XML/embedding nesting accepted
     */
    record Limits(long maxBytes, int maxCharacters, Duration timeout, int maxDepth) {
    }

    private final AutoDetectParser parser;
    private final Limits limits;
    private final AtomicInteger threads = new AtomicInteger();
    // a fresh thread per parse: one that overran its time and never returns does not block the next
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lanterne-literature-extract-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    Extractor(Limits limits) {
        this.limits = limits;
        // Tika finds its parsers through this bundle's class loader, which sees every embedded jar
        TikaConfig config;
        try {
            config = new TikaConfig(Extractor.class.getClassLoader());
        } catch (org.apache.tika.mime.MimeTypeException | IOException e) {
            throw new IllegalStateException("Tika's media types cannot be read from the bundle", e);
        }
        parser = new AutoDetectParser(config);
        // spool to disk above 50 MB, at most 1:100 expansion once output passes 10 MB, nesting limits
        parser.setAutoDetectParserConfig(new AutoDetectParserConfig(50L << 20, 10L << 20, 100L, limits.maxDepth(), 10));
    }

    /** Refuses files that are empty, too large or visibly cut short, before reading them whole. */
    void check(Path file) throws Rejected {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new Rejected("cannot be read: " + e.getClass().getSimpleName());
        }
        checkSize(size);
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer head = ByteBuffer.allocate(5);
            channel.read(head);
            if (isPdf(head.array())) {
                ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, 2048));
                channel.position(size - tail.capacity());
                while (tail.hasRemaining() && channel.read(tail) > 0) {
                    // read the whole tail
                }
                checkPdfEnd(tail.array());
            }
        } catch (IOException e) {
            throw new Rejected("cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /**
     * @param cancelled polled while the parse runs, so that cancelling never interrupts the
     *                  calling thread (an interrupt closes Lucene's open files under it)
     */
    Extraction extract(Path file, BooleanSupplier cancelled) throws Rejected, Cancelled {
        check(file);
        return awaited(executor.submit(() -> {
            ZipBombs.check(file);
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
            return parse(TikaInputStream.get(file, metadata), metadata);
        }), cancelled);
    }

    /** Extracts a document held in memory, which Tika reads from memory too: nothing of it is written to disk. */
    Extraction extract(byte[] content, String fileName) throws Rejected {
        checkSize(content.length);
        if (isPdf(content)) {
            checkPdfEnd(Arrays.copyOfRange(content, Math.max(0, content.length - 2048), content.length));
        }
        try {
            return awaited(executor.submit(() -> {
                ZipBombs.check(content);
                Metadata metadata = new Metadata();
                metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
                return parse(TikaInputStream.get(content, metadata), metadata);
            }), () -> false);
        } catch (Cancelled e) {
            throw new Rejected("extraction was interrupted");
        }
    }

    long maxBytes() {
        return limits.maxBytes();
    }

    private void checkSize(long size) throws Rejected {
        if (size == 0) {
            throw new Rejected("empty file (0 bytes)");
        }
        if (size > limits.maxBytes()) {
            throw new Rejected("too large: " + megabytes(size) + " MB, the limit is " + megabytes(limits.maxBytes()) + " MB");
        }
    }

    private static boolean isPdf(byte[] head) {
        return head.length >= 5 && new String(head, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
    }

    /** PDF readers recover what they can from a cut file; an import would keep a silent part of it. */
    private static void checkPdfEnd(byte[] tail) throws Rejected {
        if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
            throw new Rejected("truncated: the PDF ends before its end-of-file marker");
        }
    }

    /** Waits for a parse within the time limit, abandoning it when it overruns or is cancelled. */
    private Extraction awaited(Future<Extraction> parse, BooleanSupplier cancelled) throws Rejected, Cancelled {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        try {
            while (true) {
                try {
                    return parse.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (cancelled.getAsBoolean()) {
                        parse.cancel(true);
                        throw new Cancelled();
                    }
                    if (System.nanoTime() > deadline) {
                        parse.cancel(true);
                        long ms = limits.timeout().toMillis();
                        throw new Rejected("extraction took longer than " + (ms < 1000 ? ms + " ms" : ms / 1000 + " s")
                                + " and was abandoned");
                    }
                }
            }
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new Cancelled();
        } catch (ExecutionException e) {
            throw reject(e.getCause());
        }
    }

    private Extraction parse(TikaInputStream document, Metadata metadata) throws Exception {
        WriteOutContentHandler text = new WriteOutContentHandler(limits.maxCharacters());
        boolean truncated = false;
        try (TikaInputStream in = document) {
            parser.parse(in, new BodyContentHandler(text), metadata, new ParseContext());
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            truncated = true;
        }
        String contentType = Optional.ofNullable(metadata.get(Metadata.CONTENT_TYPE)).map(t -> t.split(";")[0].trim())
                .orElse("application/octet-stream");
        List<String> authors = new ArrayList<>();
        for (String creator : metadata.getValues(TikaCoreProperties.CREATOR)) {
            Arrays.stream(creator.split(";")).map(String::strip).filter(a -> !a.isEmpty()).forEach(authors::add);
        }
        return new Extraction(text.toString(), truncated, contentType, nonBlank(metadata.get(TikaCoreProperties.TITLE)),
                authors, year(metadata.getDate(TikaCoreProperties.CREATED)), doi(metadata),
                nonBlank(metadata.get(TikaCoreProperties.LANGUAGE)));
    }

    private static Rejected reject(Throwable failure) {
        if (failure instanceof Rejected rejected) {
            return rejected;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return new Rejected("encrypted: the file is protected by a password");
            }
            if (t instanceof ZeroByteFileException) {
                return new Rejected("empty file (0 bytes)");
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("compression ratio")) {
                return new Rejected("zip bomb: the file expands far beyond its size and was not extracted");
            }
            if (message.contains("max depth") || message.contains("nesting") || t instanceof StackOverflowError) {
                return new Rejected("too deeply nested to extract safely");
            }
            if (t instanceof OutOfMemoryError) {
                return new Rejected("too large to extract within the memory available");
            }
        }
        if (failure instanceof TikaException || failure instanceof IOException || failure instanceof org.xml.sax.SAXException) {
            return new Rejected("corrupt or unreadable file (" + failure.getClass().getSimpleName() + ")");
        }
        return new Rejected("could not be extracted (" + failure.getClass().getSimpleName() + ")");
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static OptionalInt year(Date date) {
        if (date == null) {
            return OptionalInt.empty();
        }
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTime(date);
        return OptionalInt.of(calendar.get(Calendar.YEAR));
    }

    private static Optional<String> doi(Metadata metadata) {
        for (String name : new String[] { "prism:doi", "doi", "dc:identifier", "pdf:docinfo:custom:doi" }) {
            for (String value : metadata.getValues(name)) {
                Optional<String> doi = Guesses.doi(value);
                if (doi.isPresent()) {
                    return doi;
                }
            }
        }
        return Optional.empty();
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
