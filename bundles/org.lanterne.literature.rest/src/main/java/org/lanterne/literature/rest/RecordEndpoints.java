package org.lanterne.literature.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.SessionService;
import org.lanterne.literature.api.LiteratureLibrary;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.LiteratureScreening;
import org.lanterne.literature.api.LiteratureSearch;
import org.lanterne.literature.api.QuerySyntaxException;
import org.lanterne.server.rest.json.JsonBodies;
import org.lanterne.server.rest.json.JsonResponses;

/**
 * What the API says of records beyond their metadata: the records that look alike and their merge,
 * where each record came from, and a record's whole text (with a query's hits marked).
 */
final class RecordEndpoints {

    private static final String DUPLICATES = "/duplicates";
    private static final Pattern MERGE = Pattern.compile("/documents/([^/]+)/merge");
    private static final Pattern PROVENANCE = Pattern.compile("/documents/([^/]+)/provenance");
    private static final Pattern TEXT = Pattern.compile("/documents/([^/]+)/text");

    /** The kept record after a merge, and every file or list it now comes from. */
    public record MergeView(RecordView record, List<ProvenanceView> provenance) {
    }

    /** One file or reference list a record was imported from. */
    public record ProvenanceView(String recordId, String source, String contentHash) {
    }

    private final LiteratureScreening screening;
    private final LiteratureLibrary library;
    private final LiteratureSearch search;
    private final SessionService sessions;
    private final AccessPolicy policy;

    RecordEndpoints(LiteratureScreening screening, LiteratureLibrary library, LiteratureSearch search, SessionService sessions,
            AccessPolicy policy) {
        this.screening = screening;
        this.library = library;
        this.search = search;
        this.sessions = sessions;
        this.policy = policy;
    }

    static boolean handles(String path) {
        return path.equals(DUPLICATES) || MERGE.matcher(path).matches() || PROVENANCE.matcher(path).matches()
                || TEXT.matcher(path).matches();
    }

    void route(HttpServletRequest request, HttpServletResponse response, String path) throws HttpProblem, IOException {
        String method = request.getMethod();
        Matcher merge = MERGE.matcher(path);
        Matcher provenance = PROVENANCE.matcher(path);
        Matcher text = TEXT.matcher(path);
        if (path.equals(DUPLICATES) && method.equals("GET")) {
            Caller.check(request, sessions, policy, Action.READ);
            JsonResponses.write(response, HttpServletResponse.SC_OK, Map.of("duplicates", library.possibleDuplicates()));
        } else if (merge.matches() && method.equals("POST")) {
            Caller.check(request, sessions, policy, Action.UPDATE);
            merge(request, response, merge.group(1));
        } else if (provenance.matches() && method.equals("GET")) {
            Caller.check(request, sessions, policy, Action.READ);
            requireRecord(provenance.group(1));
            JsonResponses.write(response, HttpServletResponse.SC_OK, Map.of("provenance", provenance(provenance.group(1))));
        } else if (text.matches() && method.equals("GET")) {
            Caller.check(request, sessions, policy, Action.READ);
            text(request, response, text.group(1));
        } else {
            throw new HttpProblem(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Unknown method for this address: see docs/literature.md.");
        }
    }

    private void merge(HttpServletRequest request, HttpServletResponse response, String keptId) throws HttpProblem, IOException {
        String duplicate;
        try {
            duplicate = JsonBodies.optionalText(JsonBodies.readObject(request, "{\"duplicate\": \"lit-...\"}"), "duplicate");
        } catch (JsonBodies.Refused e) {
            throw new HttpProblem(e.status(), e.getMessage());
        }
        if (duplicate == null || duplicate.isBlank()) {
            throw new HttpProblem(HttpServletResponse.SC_BAD_REQUEST, "Name the record to merge: {\"duplicate\": \"lit-...\"}.");
        }
        requireRecord(keptId);
        requireRecord(duplicate);
        LiteratureRecord kept;
        try {
            kept = screening.merge(keptId, duplicate);
        } catch (IllegalArgumentException e) {
            throw new HttpProblem(422, e.getMessage());
        }
        JsonResponses.write(response, HttpServletResponse.SC_OK, new MergeView(RecordView.of(kept), provenance(keptId)));
    }

    /** Plain text, or with {@code q} the text as HTML with the query's hits marked. */
    private void text(HttpServletRequest request, HttpServletResponse response, String id) throws HttpProblem, IOException {
        String query = request.getParameter("q");
        String body;
        try {
            body = (query == null ? library.text(id) : search.highlight(id, query)).orElseThrow(() -> HttpProblem.noRecord(id));
        } catch (QuerySyntaxException e) {
            throw new HttpProblem(HttpServletResponse.SC_BAD_REQUEST, "The query does not parse at " + e.position() + ": " + e.getMessage());
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(query == null ? "text/plain;charset=UTF-8" : "text/html;charset=UTF-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private List<ProvenanceView> provenance(String id) {
        return library.provenance(id).stream().map(p -> new ProvenanceView(p.recordId(), p.source(), p.contentHash())).toList();
    }

    private void requireRecord(String id) throws HttpProblem {
        if (library.record(id).isEmpty()) {
            throw HttpProblem.noRecord(id);
        }
    }
}
