package org.lanterne.notes.rest;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionService;
import org.lanterne.notes.api.Amendment;
import org.lanterne.notes.api.Attachment;
import org.lanterne.notes.api.Attendance;
import org.lanterne.notes.api.CaseFile;
import org.lanterne.notes.api.CaseSummary;
import org.lanterne.notes.api.Caseload;
import org.lanterne.notes.api.Modality;
import org.lanterne.notes.api.Note;
import org.lanterne.notes.api.NoteSearch;
import org.lanterne.notes.api.NoteTemplates;
import org.lanterne.notes.api.RiskFlag;
import org.lanterne.notes.api.RiskFlagKind;
import org.lanterne.notes.api.SessionDetails;
import org.lanterne.notes.api.SessionNotes;
import org.lanterne.notes.api.Timeline;
import org.lanterne.notes.api.TimelineEntry;
import org.lanterne.server.rest.json.JsonBodies;
import org.lanterne.server.rest.json.JsonResponses;
import org.lanterne.server.rest.staff.FileNames;
import org.lanterne.server.rest.staff.StaffRequests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Caseloads, sessions and notes over HTTP for signed-in staff, the same operations the workbench
 * calls in-process. Client codes travel in request bodies only; addresses carry record ids:
 * <ul>
 * <li>{@code GET /api/v1/cases}, {@code POST /api/v1/cases} (open), {@code GET /api/v1/cases/{case}},
 * {@code POST /api/v1/cases/{case}/share}, {@code POST /api/v1/cases/{case}/transfer};</li>
 * <li>{@code GET|POST /api/v1/cases/{case}/sessions}, {@code PUT /api/v1/cases/sessions/{session}};</li>
 * <li>{@code GET|PUT /api/v1/cases/sessions/{session}/note} (read, save the draft), {@code GET /api/v1/cases/notes/{note}},
 * {@code POST /api/v1/cases/notes/{note}/sign}, {@code POST /api/v1/cases/notes/{note}/amendments},
 * {@code GET|PUT /api/v1/cases/notes/{note}/amendment-draft} (the user's amendment being written: read, save);</li>
 * <li>{@code POST /api/v1/cases/{case}/flags}, {@code POST /api/v1/cases/flags/{flag}/resolve}, {@code GET /api/v1/cases/alerts};</li>
 * <li>{@code GET /api/v1/cases/{case}/timeline}, {@code GET /api/v1/cases/templates};</li>
 * <li>{@code POST /api/v1/cases/search} with the words in the body, never in the address;</li>
 * <li>{@code GET|POST /api/v1/cases/sessions/{session}/attachments} (the file as the body, its name in {@code X-File-Name}),
 * {@code GET /api/v1/cases/attachments/{attachment}} (the file).</li>
 * </ul>
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("lanterne.cases")
@HttpWhiteboardServletPattern({ "/api/v1/cases", "/api/v1/cases/*" })
public class CasesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** What the notes service accepts at most; a larger upload is not read. */
    private static final int MAX_UPLOAD = 20 << 20;
    private static final String FILE_NAME = "X-File-Name";
    private static final String DENIED = "Your roles or your caseload do not allow this.";
    private static final String OPEN = "{\"clientCode\": code, \"alias\": text, \"programme\": id, \"startedOn\": \"YYYY-MM-DD\"}";
    private static final String CLINICIAN = "{\"clinician\": account}";
    private static final String SESSION = "{\"day\": \"YYYY-MM-DD\", \"start\": \"HH:MM\", \"minutes\": n, \"modality\": \"INDIVIDUAL|GROUP|FAMILY|ONLINE|PHONE\", "
            + "\"attendance\": \"PLANNED|ATTENDED|LATE|CANCELLED_BY_CLIENT|CANCELLED_BY_SERVICE|DID_NOT_ATTEND\", \"attendees\": [codes], \"goals\": [text]}";
    private static final String DRAFT = "{\"template\": id, \"sections\": {\"section\": text}}";
    private static final String AMENDMENT = "{\"sections\": {\"section\": text}, \"reason\": text}";
    private static final String SEARCH = "{\"query\": words, \"max\": 1..200}";
    private static final String FLAG = "{\"kind\": \"SAFEGUARDING_DISCLOSURE|SELF_HARM|ESCALATING_RISK|BREACH_OF_CONDITIONS\"}";

    @Reference
    private transient SessionService sessions;

    @Reference
    private transient Caseload caseload;

    @Reference
    private transient SessionNotes notes;

    @Reference
    private transient NoteTemplates templates;

    @Reference
    private transient NoteSearch search;

    /** A case as the API gives it. */
    public record CaseView(String id, String clientCode, String alias, String programme, LocalDate startedOn, String clinician,
            Set<String> sharedWith) {

        static CaseView of(CaseFile c) {
            return new CaseView(c.id(), c.clientCode(), c.alias(), c.programme(), c.startedOn(), c.clinician(), c.sharedWith());
        }
    }

    /** A caseload row; absent values are {@code null}. */
    public record CaseRow(CaseView file, LocalDate lastSession, LocalDate nextSession, String latestBand, int openFlags) {

        static CaseRow of(CaseSummary s) {
            return new CaseRow(CaseView.of(s.file()), s.lastSession().orElse(null), s.nextSession().orElse(null), s.latestBand().orElse(null),
                    s.openFlags());
        }
    }

    /** A note as the API gives it; {@code signedAt} is {@code null} for a draft. */
    public record NoteView(String id, String sessionId, String templateId, String author, Map<String, String> sections, Instant savedAt,
            Instant signedAt, List<Amendment> amendments) {

        static NoteView of(Note n) {
            return new NoteView(n.id(), n.sessionId(), n.templateId(), n.author(), n.sections(), n.savedAt(), n.signedAt().orElse(null),
                    n.amendments());
        }
    }

    /** A flag as the API gives it; the resolution is {@code null} while it is open. */
    public record FlagView(String id, String caseId, RiskFlagKind kind, String raisedBy, Instant raisedAt, String resolvedBy, Instant resolvedAt) {

        static FlagView of(RiskFlag f) {
            return new FlagView(f.id(), f.caseId(), f.kind(), f.raisedBy(), f.raisedAt(), f.resolvedBy().orElse(null), f.resolvedAt().orElse(null));
        }
    }

    /** An attachment as the API gives it; {@code notSearchable} is {@code null} when its text was extracted. */
    public record AttachmentView(String id, String sessionId, String fileName, String contentType, long size, String addedBy, Instant addedAt,
            String notSearchable) {

        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id(), a.sessionId(), a.fileName(), a.contentType(), a.size(), a.addedBy(), a.addedAt(),
                    a.notSearchable().orElse(null));
        }
    }

    /** A timeline; the attendance rate is {@code null} before the first session that counts. */
    public record TimelineView(String caseId, List<TimelineEntry> entries, Double attendanceRate) {

        static TimelineView of(Timeline t) {
            return new TimelineView(t.caseId(), t.entries(), t.attendanceRate().isPresent() ? t.attendanceRate().getAsDouble() : null);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = StaffRequests.path(request);
        signedIn(request, response, session -> {
            if (path.length == 0) {
                ok(response, caseload.cases(session).stream().map(CaseRow::of).toList());
            } else if (is(path, "alerts")) {
                ok(response, caseload.alerts(session).stream().map(FlagView::of).toList());
            } else if (is(path, "templates")) {
                ok(response, templates.list());
            } else if (path.length == 1) {
                ok(response, CaseView.of(caseload.get(session, path[0])));
            } else if (is(path, "*", "sessions")) {
                ok(response, notes.sessions(session, path[0]));
            } else if (is(path, "*", "timeline")) {
                ok(response, TimelineView.of(caseload.timeline(session, path[0])));
            } else if (is(path, "sessions", "*", "note")) {
                ok(response, notes.noteOf(session, path[1]).map(NoteView::of).orElse(null));
            } else if (is(path, "notes", "*")) {
                ok(response, NoteView.of(notes.read(session, path[1])));
            } else if (is(path, "notes", "*", "amendment-draft")) {
                ok(response, notes.amendmentDraft(session, path[1]).orElse(null));
            } else if (is(path, "sessions", "*", "attachments")) {
                ok(response, notes.attachments(session, path[1]).stream().map(AttachmentView::of).toList());
            } else if (is(path, "attachments", "*")) {
                byte[] content = notes.content(session, path[1]);
                // never rendered by a browser from here: a letter could hold active content
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentType("application/octet-stream");
                response.setHeader("Content-Disposition", "attachment");
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Cache-Control", "no-store");
                response.setContentLength(content.length);
                response.getOutputStream().write(content);
            } else {
                unknown(response);
            }
        });
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = StaffRequests.path(request);
        signedIn(request, response, session -> {
            if (path.length == 0) {
                JsonNode body = body(request, response, OPEN);
                if (body != null) {
                    created(response, CaseView.of(caseload.open(session, text(body, "clientCode"), text(body, "alias"), text(body, "programme"),
                            day(body, "startedOn"))));
                }
            } else if (is(path, "search")) {
                JsonNode body = body(request, response, SEARCH);
                if (body != null) {
                    ok(response, search.search(session, text(body, "query"), body.path("max").asInt(20)));
                }
            } else if (is(path, "sessions", "*", "attachments")) {
                byte[] content = upload(request, response);
                if (content != null) {
                    created(response, AttachmentView.of(notes.attach(session, path[1], fileName(request), content)));
                }
            } else if (is(path, "notes", "*", "sign")) {
                ok(response, NoteView.of(notes.sign(session, path[1])));
            } else if (is(path, "notes", "*", "amendments")) {
                JsonNode body = body(request, response, AMENDMENT);
                if (body != null) {
                    created(response, NoteView.of(notes.amend(session, path[1], sections(body), text(body, "reason"))));
                }
            } else if (is(path, "flags", "*", "resolve")) {
                ok(response, FlagView.of(caseload.resolve(session, path[1])));
            } else if (is(path, "*", "share") || is(path, "*", "transfer")) {
                JsonNode body = body(request, response, CLINICIAN);
                if (body != null) {
                    String clinician = text(body, "clinician");
                    ok(response, CaseView.of(path[1].equals("share") ? caseload.share(session, path[0], clinician)
                            : caseload.transfer(session, path[0], clinician)));
                }
            } else if (is(path, "*", "sessions")) {
                JsonNode body = body(request, response, SESSION);
                if (body != null) {
                    created(response, notes.record(session, path[0], details(body)));
                }
            } else if (is(path, "*", "flags")) {
                JsonNode body = body(request, response, FLAG);
                if (body != null) {
                    created(response, FlagView.of(caseload.raise(session, path[0], enumValue(RiskFlagKind.class, body, "kind"))));
                }
            } else {
                unknown(response);
            }
        });
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = StaffRequests.path(request);
        signedIn(request, response, session -> {
            if (is(path, "sessions", "*")) {
                JsonNode body = body(request, response, SESSION);
                if (body != null) {
                    ok(response, notes.update(session, path[1], details(body)));
                }
            } else if (is(path, "sessions", "*", "note")) {
                JsonNode body = body(request, response, DRAFT);
                if (body != null) {
                    ok(response, NoteView.of(notes.saveDraft(session, path[1], text(body, "template"), sections(body))));
                }
            } else if (is(path, "notes", "*", "amendment-draft")) {
                JsonNode body = body(request, response, AMENDMENT);
                if (body != null) {
                    ok(response, notes.saveAmendmentDraft(session, path[1], sections(body), text(body, "reason")));
                }
            } else {
                unknown(response);
            }
        });
    }

    /** @return the body, at most {@link #MAX_UPLOAD} bytes, or {@code null} after answering 413 */
    private static byte[] upload(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getContentLengthLong() > MAX_UPLOAD) {
            StaffRequests.error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "An attachment holds at most " + (MAX_UPLOAD >> 20) + " MB.");
            return null;
        }
        byte[] content = request.getInputStream().readNBytes(MAX_UPLOAD + 1);
        if (content.length > MAX_UPLOAD) {
            StaffRequests.error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "An attachment holds at most " + (MAX_UPLOAD >> 20) + " MB.");
            return null;
        }
        return content;
    }

    /**
     * The name travels in a header, percent-encoded UTF-8, not in the address, which ends up in
     * logs; only a safe name is kept (no folder, control or direction character).
     */
    private static String fileName(HttpServletRequest request) {
        String encoded = request.getHeader(FILE_NAME);
        String refusal = "Name the file in the " + FILE_NAME + " header, percent-encoded UTF-8.";
        if (encoded == null) {
            throw new IllegalArgumentException(refusal);
        }
        try {
            return FileNames.safe(URLDecoder.decode(encoded, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            // the decoder's message quotes the header
            throw new IllegalArgumentException(refusal, e);
        }
    }

    private void signedIn(HttpServletRequest request, HttpServletResponse response, StaffRequests.Call call) throws IOException {
        StaffRequests.signedIn(request, response, sessions, DENIED, call);
    }

    /** @return whether the address has these parts, {@code *} standing for any one */
    private static boolean is(String[] path, String... parts) {
        if (path.length != parts.length) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].equals("*") && !parts[i].equals(path[i])) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode body(HttpServletRequest request, HttpServletResponse response, String expected) throws IOException {
        return StaffRequests.body(request, response, expected);
    }

    private static SessionDetails details(JsonNode body) {
        String start = text(body, "start");
        LocalTime time;
        try {
            time = start == null ? null : LocalTime.parse(start);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Give the start as HH:MM.");
        }
        return new SessionDetails(day(body, "day"), time, body.path("minutes").asInt(0), enumValue(Modality.class, body, "modality"),
                enumValue(Attendance.class, body, "attendance"), texts(body, "attendees"), texts(body, "goals"));
    }

    private static Map<String, String> sections(JsonNode body) {
        JsonNode sections = body.path("sections");
        if (!sections.isObject()) {
            throw new IllegalArgumentException("Send the sections as an object of texts by section id.");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        sections.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual()) {
                throw new IllegalArgumentException("The section " + e.getKey() + " must be text.");
            }
            texts.put(e.getKey(), e.getValue().asText());
        });
        return texts;
    }

    private static List<String> texts(JsonNode body, String field) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : body.path(field)) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("Every item of " + field + " must be text.");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    private static String text(JsonNode body, String field) {
        return JsonBodies.optionalText(body, field);
    }

    private static LocalDate day(JsonNode body, String field) {
        String text = text(body, field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Give " + field + " as YYYY-MM-DD.");
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode body, String field) {
        String text = text(body, field);
        try {
            return text == null ? null : Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " must be one of " + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }

    private static void ok(HttpServletResponse response, Object body) throws IOException {
        JsonResponses.write(response, HttpServletResponse.SC_OK, body);
    }

    private static void created(HttpServletResponse response, Object body) throws IOException {
        JsonResponses.write(response, HttpServletResponse.SC_CREATED, body);
    }

    private static void unknown(HttpServletResponse response) throws IOException {
        StaffRequests.error(response, HttpServletResponse.SC_NOT_FOUND, "Unknown address.");
    }
}
