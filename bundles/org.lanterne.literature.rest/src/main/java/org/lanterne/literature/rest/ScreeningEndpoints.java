package org.lanterne.literature.rest;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionService;
import org.lanterne.literature.api.Decision;
import org.lanterne.literature.api.LiteratureLibrary;
import org.lanterne.literature.api.LiteratureScreening;
import org.lanterne.literature.api.PrismaCounts;
import org.lanterne.literature.api.ReviewNote;
import org.lanterne.literature.api.ScreeningConflict;
import org.lanterne.literature.api.ScreeningDecision;
import org.lanterne.server.rest.json.JsonBodies;
import org.lanterne.server.rest.json.JsonResponses;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The screening part of the literature API: tags, notes, decisions, conflicts and PRISMA counts.
 * The reviewer is always the signed-in user, never a name in the body.
 */
final class ScreeningEndpoints {

    private static final Pattern TAG = Pattern.compile("/documents/([^/]+)/tags/([^/]+)");
    private static final Pattern NOTES = Pattern.compile("/documents/([^/]+)/notes");
    private static final Pattern DECISION = Pattern.compile("/documents/([^/]+)/decision");
    private static final String CONFLICTS = "/screening/conflicts";
    private static final String PRISMA = "/screening/prisma";

    /** A note as the API shows it. */
    public record NoteView(String author, String written, String text) {
        static NoteView of(ReviewNote n) {
            return new NoteView(n.author(), n.written().toString(), n.text());
        }
    }

    /** A decision as the API shows it: {@code include}, {@code exclude} (with its reason) or {@code maybe}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DecisionView(String recordId, String reviewer, String decision, String reason, String decidedAt) {
        static DecisionView of(ScreeningDecision d) {
            return new DecisionView(d.recordId(), d.reviewer(), d.decision().name().toLowerCase(Locale.ROOT), d.reason().orElse(null),
                    d.decidedAt().toString());
        }
    }

    /** A record on which reviewers disagree, with each one's latest decision. */
    public record ConflictView(String recordId, List<DecisionView> decisions) {
    }

    /** PRISMA counts; {@code duplicatesRemoved} is null when not known. */
    public record PrismaView(String tag, long identified, Long duplicatesRemoved, long screened, long included, long excluded,
            Map<String, Long> excludedByReason, long maybe, long inConflict, long undecided) {
        static PrismaView of(String tag, PrismaCounts c) {
            return new PrismaView(tag, c.identified(), c.duplicatesRemoved().isPresent() ? c.duplicatesRemoved().getAsLong() : null,
                    c.screened(), c.included(), c.excluded(), c.excludedByReason(), c.maybe(), c.inConflict(), c.undecided());
        }
    }

    private final LiteratureScreening screening;
    private final LiteratureLibrary library;
    private final SessionService sessions;
    private final AccessPolicy policy;

    ScreeningEndpoints(LiteratureScreening screening, LiteratureLibrary library, SessionService sessions, AccessPolicy policy) {
        this.screening = screening;
        this.library = library;
        this.sessions = sessions;
        this.policy = policy;
    }

    static boolean handles(String path) {
        return TAG.matcher(path).matches() || NOTES.matcher(path).matches() || DECISION.matcher(path).matches()
                || path.equals(CONFLICTS) || path.equals(PRISMA);
    }

    void route(HttpServletRequest request, HttpServletResponse response, String path) throws HttpProblem, IOException {
        String method = request.getMethod();
        Matcher tag = TAG.matcher(path);
        Matcher notes = NOTES.matcher(path);
        Matcher decision = DECISION.matcher(path);
        Session session = Caller.check(request, sessions, policy, action(method, notes.matches()));
        for (Matcher document : List.of(tag, notes, decision)) {
            if (document.matches()) {
                requireRecord(document.group(1));
            }
        }
        try {
            if (tag.matches() && method.equals("PUT")) {
                JsonResponses.write(response, HttpServletResponse.SC_OK, RecordView.of(screening.tag(tag.group(1), tag.group(2))));
            } else if (tag.matches() && method.equals("DELETE")) {
                JsonResponses.write(response, HttpServletResponse.SC_OK, RecordView.of(screening.untag(tag.group(1), tag.group(2))));
            } else if (notes.matches() && method.equals("POST")) {
                String text = JsonBodies.optionalText(body(request, "{\"text\": \"...\"}"), "text");
                ReviewNote note = screening.addNote(notes.group(1), session.user(), text);
                JsonResponses.write(response, HttpServletResponse.SC_CREATED, NoteView.of(note));
            } else if (notes.matches() && method.equals("GET")) {
                JsonResponses.write(response, HttpServletResponse.SC_OK,
                        Map.of("notes", screening.notes(notes.group(1)).stream().map(NoteView::of).toList()));
            } else if (decision.matches() && method.equals("PUT")) {
                decide(request, response, decision.group(1), session.user());
            } else if (path.equals(CONFLICTS) && method.equals("GET")) {
                List<ConflictView> conflicts = screening.conflicts(tag(request)).stream().map(ScreeningEndpoints::view).toList();
                JsonResponses.write(response, HttpServletResponse.SC_OK, Map.of("conflicts", conflicts));
            } else if (path.equals(PRISMA) && method.equals("GET")) {
                Optional<String> reviewTag = tag(request);
                JsonResponses.write(response, HttpServletResponse.SC_OK, PrismaView.of(reviewTag.orElse(null), screening.prisma(reviewTag)));
            } else {
                throw new HttpProblem(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Unknown method for this address: see docs/literature.md.");
            }
        } catch (IllegalArgumentException e) {
            // the service's messages name limits, never the text sent
            throw new HttpProblem(422, e.getMessage());
        }
    }

    /** Reading needs READ; writing a note CREATE; tags and decisions, which change, UPDATE. */
    private static Action action(String method, boolean notes) {
        if (method.equals("GET")) {
            return Action.READ;
        }
        return notes ? Action.CREATE : Action.UPDATE;
    }

    private void decide(HttpServletRequest request, HttpServletResponse response, String recordId, String reviewer)
            throws HttpProblem, IOException {
        JsonNode body = body(request, "{\"decision\": \"include|exclude|maybe\", \"reason\": \"...\"}");
        String given = String.valueOf(JsonBodies.optionalText(body, "decision")).toUpperCase(Locale.ROOT);
        Decision decision = switch (given) {
            case "INCLUDE" -> Decision.INCLUDE;
            case "EXCLUDE" -> Decision.EXCLUDE;
            case "MAYBE" -> Decision.MAYBE;
            default -> throw new HttpProblem(HttpServletResponse.SC_BAD_REQUEST, "decision must be include, exclude or maybe.");
        };
        Optional<String> reason = Optional.ofNullable(JsonBodies.optionalText(body, "reason"));
        JsonResponses.write(response, HttpServletResponse.SC_OK, DecisionView.of(screening.decide(recordId, reviewer, decision, reason)));
    }

    private void requireRecord(String id) throws HttpProblem {
        if (library.record(id).isEmpty()) {
            throw HttpProblem.noRecord(id);
        }
    }

    private static ConflictView view(ScreeningConflict c) {
        return new ConflictView(c.recordId(), c.latest().stream().map(DecisionView::of).toList());
    }

    private static Optional<String> tag(HttpServletRequest request) {
        return Optional.ofNullable(request.getParameter("tag")).filter(t -> !t.isBlank());
    }

    private static JsonNode body(HttpServletRequest request, String expected) throws HttpProblem, IOException {
        try {
            return JsonBodies.readObject(request, expected);
        } catch (JsonBodies.Refused e) {
            throw new HttpProblem(e.status(), e.getMessage());
        }
    }
}
