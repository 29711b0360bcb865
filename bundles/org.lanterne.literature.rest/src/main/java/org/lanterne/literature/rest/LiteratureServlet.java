package org.lanterne.literature.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.Part;

import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.SessionService;
import org.lanterne.literature.api.Facet;
import org.lanterne.literature.api.FacetCount;
import org.lanterne.literature.api.FileOutcome;
import org.lanterne.literature.api.ImportJob;
import org.lanterne.literature.api.ImportReport;
import org.lanterne.literature.api.LiteratureLibrary;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.LiteratureReferences;
import org.lanterne.literature.api.LiteratureScreening;
import org.lanterne.literature.api.LiteratureSearch;
import org.lanterne.literature.api.QuerySyntaxException;
import org.lanterne.literature.api.ReferenceFormat;
import org.lanterne.literature.api.ReferenceFormatException;
import org.lanterne.literature.api.SearchResult;
import org.lanterne.server.rest.json.JsonResponses;
import org.lanterne.server.rest.staff.FileNames;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The literature library over HTTP, under {@code /api/v1/literature}: upload documents and
 * reference lists, search, read and correct records, export reference lists, rebuild the index,
 * and screen records for a review ({@link ScreeningEndpoints}).
 * Every request carries a session token; the permission matrix decides (researchers read,
 * create and update; clinicians, supervisors and programme leads read). Endpoints and answers
 * are described in {@code docs/literature.md}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("lanterne.literature")
@HttpWhiteboardServletPattern("/api/v1/literature/*")
// the container parses multipart bodies and refuses larger ones before they reach the library
@HttpWhiteboardServletMultipart(fileSizeThreshold = 1 << 20, maxFileSize = LiteratureServlet.MAX_UPLOAD,
        maxRequestSize = LiteratureServlet.MAX_UPLOAD + LiteratureServlet.ENVELOPE)
public class LiteratureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The largest document accepted over HTTP; larger ones are imported from a folder on the server. */
    static final long MAX_UPLOAD = 50L << 20;
    /** Room for the multipart headers and boundaries around the file. */
    static final long ENVELOPE = 64 << 10;
    /** Reference lists of thousands of entries fit. */
    static final int MAX_REFERENCES = 10 << 20;
    private static final int MAX_CORRECTION = 256 << 10;
    private static final int MAX_EXPORT = 1_000;
    private static final Duration IMPORT_WAIT = Duration.ofMinutes(5);
    private static final String PREFIX = "/api/v1/literature/documents/";

    // hostile bodies (deep nesting, huge strings) fail fast
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxStringLength(MAX_CORRECTION).build())
            .build());

    @Reference
    private transient SessionService sessions;

    @Reference
    private transient AccessPolicy policy;

    @Reference
    private transient LiteratureLibrary library;

    @Reference
    private transient LiteratureSearch search;

    @Reference
    private transient LiteratureReferences references;

    @Reference
    private transient LiteratureScreening screening;

    /** One hit of a search. */
    public record HitView(RecordView record, float score, List<String> snippets) {
    }

    /** One page of a search; facets by name: year, language, type, tag, country. */
    public record SearchView(long total, int page, int size, List<HitView> hits, Map<String, List<FacetCount>> facets) {
    }

    /** What became of one reference of a list, or of one uploaded file. */
    public record OutcomeView(String at, String status, String recordId, String duplicateOf, String reason) {
    }

    /** The answer to a reference list. */
    public record ReportView(long imported, long duplicates, long rejected, List<OutcomeView> references) {
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            route(request, response);
        } catch (HttpProblem problem) {
            error(response, problem.status(), problem.getMessage());
        }
    }

    private void route(HttpServletRequest request, HttpServletResponse response) throws HttpProblem, IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String method = request.getMethod();
        if (ScreeningEndpoints.handles(path)) {
            new ScreeningEndpoints(screening, library, sessions, policy).route(request, response, path);
        } else if (RecordEndpoints.handles(path)) {
            new RecordEndpoints(screening, library, search, sessions, policy).route(request, response, path);
        } else if (path.equals("/documents") && method.equals("POST")) {
            Caller.check(request, sessions, policy, Action.CREATE);
            upload(request, response);
        } else if (path.equals("/references") && method.equals("POST")) {
            Caller.check(request, sessions, policy, Action.CREATE);
            importReferences(request, response);
        } else if (path.equals("/search") && method.equals("GET")) {
            Caller.check(request, sessions, policy, Action.READ);
            search(request, response);
        } else if (path.startsWith("/documents/") && method.equals("GET")) {
            Caller.check(request, sessions, policy, Action.READ);
            JsonResponses.write(response, HttpServletResponse.SC_OK, RecordView.of(existing(path)));
        } else if (path.startsWith("/documents/") && (method.equals("PUT") || method.equals("PATCH"))) {
            Caller.check(request, sessions, policy, Action.UPDATE);
            correct(request, response, existing(path), method.equals("PUT"));
        } else if (path.equals("/export") && method.equals("GET")) {
            // references of published literature: reading is enough to take them away
            Caller.check(request, sessions, policy, Action.READ);
            export(request, response);
        } else if (path.equals("/index/rebuild") && method.equals("POST")) {
            Caller.check(request, sessions, policy, Action.UPDATE);
            library.rebuildIndex();
            JsonResponses.write(response, HttpServletResponse.SC_ACCEPTED, Map.of("status", "rebuilding", "records", library.size()));
        } else {
            throw new HttpProblem(HttpServletResponse.SC_NOT_FOUND, "Unknown address or method: see docs/literature.md.");
        }
    }

    private LiteratureRecord existing(String path) throws HttpProblem {
        String id = path.substring("/documents/".length());
        return library.record(id).orElseThrow(() -> HttpProblem.noRecord(id));
    }

    private void upload(HttpServletRequest request, HttpServletResponse response) throws HttpProblem, IOException {
        Part part = filePart(request, MAX_UPLOAD + ENVELOPE, "A document");
        Path file = Uploads.save(part);
        try {
            FileOutcome outcome = await(library.start(List.of(file))).files().get(0);
            switch (outcome.status()) {
                case IMPORTED -> {
                    String id = outcome.recordId().orElseThrow();
                    response.setHeader("Location", PREFIX + id);
                    JsonResponses.write(response, HttpServletResponse.SC_CREATED, RecordView.of(library.record(id).orElseThrow()));
                }
                case DUPLICATE -> {
                    String of = outcome.duplicateOf().orElseThrow();
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("error", "Already in the library: " + outcome.reason().orElse("the same document") + ".");
                    body.put("duplicateOf", of);
                    library.record(of).ifPresent(r -> body.put("record", RecordView.of(r)));
                    response.setHeader("Location", PREFIX + of);
                    JsonResponses.write(response, HttpServletResponse.SC_CONFLICT, body);
                }
                case REJECTED -> throw new HttpProblem(422, "The file cannot be imported: " + outcome.reason().orElse("unreadable") + ".");
            }
        } finally {
            part.delete();
            Uploads.delete(file);
        }
    }

    private void importReferences(HttpServletRequest request, HttpServletResponse response) throws HttpProblem, IOException {
        String name;
        byte[] bytes;
        String contentType = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
        if (contentType.startsWith("multipart/")) {
            Part part = filePart(request, MAX_REFERENCES, "A reference list");
            name = FileNames.safe(part.getSubmittedFileName());
            try (InputStream in = part.getInputStream()) {
                bytes = in.readAllBytes();
            } finally {
                part.delete();
            }
        } else {
            refuseLarger(request, MAX_REFERENCES, "A reference list");
            name = FileNames.safe(request.getParameter("name") == null ? "references" : request.getParameter("name"));
            try (InputStream in = request.getInputStream()) {
                bytes = in.readNBytes(MAX_REFERENCES + 1);
            }
            if (bytes.length > MAX_REFERENCES) {
                throw tooLarge("A reference list", MAX_REFERENCES);
            }
        }
        ReferenceFormat format = referenceFormat(request.getParameter("format"), name, contentType);
        String content = new String(bytes, StandardCharsets.UTF_8);
        try {
            ImportReport report = await(references.importReferences(name, content.startsWith("\uFEFF") ? content.substring(1) : content, format));
            List<OutcomeView> outcomes = new ArrayList<>();
            for (FileOutcome o : report.files()) {
                outcomes.add(new OutcomeView(o.file(), o.status().name(), o.recordId().orElse(null), o.duplicateOf().orElse(null),
                        o.reason().orElse(null)));
            }
            JsonResponses.write(response, HttpServletResponse.SC_OK, new ReportView(report.count(FileOutcome.Status.IMPORTED),
                    report.count(FileOutcome.Status.DUPLICATE), report.count(FileOutcome.Status.REJECTED), outcomes));
        } catch (ReferenceFormatException e) {
            JsonResponses.write(response, 422, Map.of("error", "The list cannot be read as " + format + ": " + e.getMessage() + ".",
                    "line", e.line()));
        }
    }

    private static ReferenceFormat referenceFormat(String parameter, String name, String contentType) throws HttpProblem {
        String given = parameter == null ? "" : parameter.toLowerCase(Locale.ROOT);
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (given.equals("ris") || given.isEmpty() && (lowerName.endsWith(".ris") || contentType.contains("research-info-systems"))) {
            return ReferenceFormat.RIS;
        }
        if (given.equals("bibtex") || given.isEmpty() && (lowerName.endsWith(".bib") || contentType.contains("bibtex"))) {
            return ReferenceFormat.BIBTEX;
        }
        if (given.equals("csl-json") || given.isEmpty() && (lowerName.endsWith(".json") || contentType.contains("json"))) {
            return ReferenceFormat.CSL_JSON;
        }
        throw new HttpProblem(HttpServletResponse.SC_BAD_REQUEST,
                "Say which format the list is in: format=ris, bibtex or csl-json (or name the file .ris, .bib or .json).");
    }

    private void search(HttpServletRequest request, HttpServletResponse response) throws HttpProblem, IOException {
        SearchRequest query = SearchRequest.of(request.getParameterMap());
        SearchResult result;
        try {
            result = search.search(query.query(), query.facets(), query.order(), query.page(), query.size());
        } catch (QuerySyntaxException e) {
            int position = Math.max(-1, e.position() - query.offset());
            JsonResponses.write(response, HttpServletResponse.SC_BAD_REQUEST,
                    Map.of("error", "The query cannot be read: " + e.getMessage() + ".", "position", position));
            return;
        }
        List<HitView> hits = result.hits().stream().map(h -> new HitView(RecordView.of(h.record()), h.score(), h.snippets())).toList();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        result.facets().forEach((facet, counts) -> facets.put(facetName(facet), counts));
        JsonResponses.write(response, HttpServletResponse.SC_OK,
                new SearchView(result.total(), query.page() + 1, query.size(), hits, facets));
    }

    private static String facetName(Facet facet) {
        return switch (facet) {
            case YEAR -> "year";
            case LANGUAGE -> "language";
            case DOCUMENT_TYPE -> "type";
            case TAG -> "tag";
            case COUNTRY -> "country";
        };
    }

    private void correct(HttpServletRequest request, HttpServletResponse response, LiteratureRecord old, boolean replaceAll)
            throws HttpProblem, IOException {
        refuseLarger(request, MAX_CORRECTION, "A correction");
        JsonNode body;
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_CORRECTION + 1);
            if (bytes.length > MAX_CORRECTION) {
                throw tooLarge("A correction", MAX_CORRECTION);
            }
            body = JSON.readTree(bytes);
        } catch (IOException e) {
            // the parser's message may quote the body
            throw new HttpProblem(HttpServletResponse.SC_BAD_REQUEST, "Send the corrections as a JSON object.");
        }
        LiteratureRecord corrected = library.correct(RecordChanges.apply(old, body, replaceAll));
        JsonResponses.write(response, HttpServletResponse.SC_OK, RecordView.of(corrected));
    }

    private void export(HttpServletRequest request, HttpServletResponse response) throws HttpProblem, IOException {
        String name = String.valueOf(request.getParameter("format")).toLowerCase(Locale.ROOT);
        ReferenceFormat format = switch (name) {
            case "ris" -> ReferenceFormat.RIS;
            case "bibtex" -> ReferenceFormat.BIBTEX;
            case "csl-json" -> ReferenceFormat.CSL_JSON;
            default -> throw new HttpProblem(HttpServletResponse.SC_BAD_REQUEST, "format must be ris, bibtex or csl-json.");
        };
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (String value : Optional.ofNullable(request.getParameterValues("ids")).orElse(new String[0])) {
            for (String id : value.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        if (ids.isEmpty() || ids.size() > MAX_EXPORT) {
            throw new HttpProblem(HttpServletResponse.SC_BAD_REQUEST, "Name from 1 to " + MAX_EXPORT + " records: ids=lit-...,lit-....");
        }
        for (String id : ids) {
            if (library.record(id).isEmpty()) {
                throw new HttpProblem(HttpServletResponse.SC_NOT_FOUND,
                        "There is no record " + (id.matches("[\\w-]{1,64}") ? id : "with one of those ids") + ".");
            }
        }
        byte[] body = references.export(List.copyOf(ids), format).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.mediaType() + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"lanterne-references." + format.extension() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The part named "file" of a multipart body, refused with 413 above {@code limit}. */
    private static Part filePart(HttpServletRequest request, long limit, String what) throws HttpProblem, IOException {
        refuseLarger(request, limit, what);
        try {
            Part part = request.getPart("file");
            if (part == null) {
                throw new HttpProblem(HttpServletResponse.SC_BAD_REQUEST, "Send the file as multipart/form-data in a part named file.");
            }
            if (part.getSize() > limit) {
                part.delete();
                throw tooLarge(what, limit);
            }
            return part;
        } catch (IllegalStateException e) {
            // the container's multipart limits, which a body of a declared length within ours cannot reach,
            // or headers it cannot parse (a NUL in a file name)
            long declared = request.getContentLengthLong();
            if (declared >= 0 && declared <= limit) {
                throw new HttpProblem(HttpServletResponse.SC_BAD_REQUEST,
                        "The multipart body cannot be read: send the file in a part named file, its name without control characters.");
            }
            throw tooLarge(what, limit);
        } catch (ServletException e) {
            throw new HttpProblem(HttpServletResponse.SC_BAD_REQUEST, "Send the file as multipart/form-data in a part named file.");
        }
    }

    /** Refuses a body that announces its excess before anything of it is read. */
    private static void refuseLarger(HttpServletRequest request, long limit, String what) throws HttpProblem {
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(what, limit);
        }
    }

    private static HttpProblem tooLarge(String what, long limit) {
        return new HttpProblem(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                what + " is sent in at most " + (limit >> 20) + " MB" + (limit >= MAX_UPLOAD ? "; import larger files from a folder" : "") + ".");
    }

    private static ImportReport await(ImportJob job) throws HttpProblem {
        try {
            return job.await(IMPORT_WAIT);
        } catch (TimeoutException e) {
            job.cancel();
            throw new HttpProblem(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The library is busy with other imports: try again later.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpProblem(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The import was interrupted: try again.");
        }
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        JsonResponses.write(response, status, Map.of("error", message));
    }
}
