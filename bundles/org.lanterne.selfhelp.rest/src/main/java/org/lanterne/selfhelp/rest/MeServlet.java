package org.lanterne.selfhelp.rest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.instruments.api.InstrumentCatalog;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.InvalidAnswersException;
import org.lanterne.instruments.api.ScoreResult;
import org.lanterne.selfhelp.api.ModuleContent;
import org.lanterne.selfhelp.api.ParticipantSession;
import org.lanterne.selfhelp.api.ParticipantSessionExpiredException;
import org.lanterne.selfhelp.api.Programme;
import org.lanterne.selfhelp.api.Progress;
import org.lanterne.selfhelp.api.Questionnaire;
import org.lanterne.selfhelp.api.RenderedPage;
import org.lanterne.selfhelp.api.SelfHelpParticipants;
import org.lanterne.selfhelp.api.SelfHelpProgrammes;
import org.lanterne.selfhelp.api.SelfHelpRefusedException;
import org.lanterne.selfhelp.api.SelfHelpRefusedException.Reason;
import org.lanterne.server.rest.json.JsonBodies;
import org.lanterne.server.rest.json.JsonResponses;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The participant's own record, with a participant token ({@code Authorization: Bearer}); a staff
 * token is not one, and is refused with 401:
 * <ul>
 * <li>{@code GET /api/v1/selfhelp/me}: progress; {@code DELETE}: withdraw and erase everything;</li>
 * <li>{@code GET .../me/modules/{id}}: a module as HTML; {@code POST .../me/modules/{id}/done};</li>
 * <li>{@code GET .../me/questionnaires/{id}}: its items; {@code POST} with {@code {"answers": {...}}}: 201 scored, 422 with errors;</li>
 * <li>{@code POST .../me/shares} with {@code {"clinician": name}}: share the record with that clinician.</li>
 * </ul>
 * Texts are in the language of {@code ?lang=}, or the one chosen at enrolment. Errors never repeat answers.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("lanterne.selfhelp.me")
@HttpWhiteboardServletPattern({ "/api/v1/selfhelp/me", "/api/v1/selfhelp/me/*" })
public class MeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String MODULES = "modules";
    private static final String QUESTIONNAIRES = "questionnaires";
    private static final String ANSWERS = "{\"answers\": {\"<itemId>\": value, ...}}";
    private static final String SHARE = "{\"clinician\": \"user name\"}";
    private static final String INVALID_ANSWERS = "invalid-answers";

    @Reference
    private transient SelfHelpParticipants participants;

    @Reference
    private transient SelfHelpProgrammes programmes;

    @Reference
    private transient InstrumentCatalog instruments;

    /** A programme named in the participant's record. */
    public record ProgrammeTitle(String id, String title) {
    }

    /** A module of the participant's programme. */
    public record ModuleStatus(String id, String title, boolean done, LocalDate doneOn) {
    }

    /** A questionnaire of the participant's programme. */
    public record QuestionnaireView(String id, String title, String when, boolean due, boolean done) {
    }

    /** The participant's record. */
    public record Me(ProgrammeTitle programme, String language, LocalDate enrolledOn, List<ModuleStatus> modules,
            List<QuestionnaireView> questionnaires, double progress) {
    }

    /** A module to read. */
    public record ModulePage(String id, String title, List<RenderedPage> pages, List<RenderedPage> exercises) {
    }

    /** A choice of an item, in one language. */
    public record ChoiceView(String value, String label) {
    }

    /** An item of a questionnaire, in one language. */
    public record ItemView(String id, String label, String type, List<ChoiceView> choices) {
    }

    /** A questionnaire to answer. */
    public record Form(String id, String title, List<ItemView> items) {
    }

    /** The score of the answers. */
    public record Scored(Integer total, String band, String bandLabel) {
    }

    /** A call on behalf of the participant of the request's token. */
    @FunctionalInterface
    private interface Call {
        void run(ParticipantSession session, String language) throws IOException;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = Requests.path(request);
        if (path.length == 0) {
            participant(request, response, (session, lang) -> me(response, participants.progress(session), programme(session), lang));
        } else if (path.length == 2 && path[0].equals(MODULES)) {
            participant(request, response, (session, lang) -> {
                ModuleContent module = participants.module(session, path[1], lang);
                JsonResponses.write(response, HttpServletResponse.SC_OK, new ModulePage(module.module(), module.title(), module.pages(), module.exercises()));
            });
        } else if (path.length == 2 && path[0].equals(QUESTIONNAIRES)) {
            participant(request, response, (session, lang) -> JsonResponses.write(response, HttpServletResponse.SC_OK,
                    form(path[1], instrument(programme(session), path[1]), lang)));
        } else {
            Requests.error(response, HttpServletResponse.SC_NOT_FOUND, ErrorMessages.language(request, ErrorMessages.FALLBACK), "unknown-address");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = Requests.path(request);
        if (path.length == 3 && path[0].equals(MODULES) && path[2].equals("done")) {
            participant(request, response, (session, lang) -> {
                participants.moduleDone(session, path[1]);
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            });
        } else if (path.length == 2 && path[0].equals(QUESTIONNAIRES)) {
            participant(request, response, (session, lang) -> answer(request, response, session, path[1], lang));
        } else if (path.length == 1 && path[0].equals("shares")) {
            participant(request, response, (session, lang) -> share(request, response, session, lang));
        } else {
            Requests.error(response, HttpServletResponse.SC_NOT_FOUND, ErrorMessages.language(request, ErrorMessages.FALLBACK), "unknown-address");
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (Requests.path(request).length != 0) {
            Requests.error(response, HttpServletResponse.SC_NOT_FOUND, ErrorMessages.language(request, ErrorMessages.FALLBACK), "unknown-address");
            return;
        }
        participant(request, response, (session, lang) -> {
            participants.withdraw(session);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        });
    }

    private void me(HttpServletResponse response, Progress progress, Programme programme, String lang) throws IOException {
        List<ModuleStatus> modules = progress.modules().stream().map(m -> new ModuleStatus(m.module(),
                programme.module(m.module()).map(d -> d.title().get(lang)).orElse(m.module()), m.done(), m.doneOn())).toList();
        List<QuestionnaireView> questionnaires = progress.questionnaires().stream().map(q -> new QuestionnaireView(q.questionnaire(),
                instruments.get(q.instrument()).map(i -> title(i, lang)).orElse(q.questionnaire()), q.when(), q.due(), q.done())).toList();
        JsonResponses.write(response, HttpServletResponse.SC_OK, new Me(new ProgrammeTitle(programme.id(), programme.title().get(lang)),
                progress.language(), progress.enrolledOn(), modules, questionnaires, progress.progress()));
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, ParticipantSession session, String questionnaire,
            String lang) throws IOException {
        JsonNode body = Requests.body(request, response, ANSWERS, lang);
        if (body == null) {
            return;
        }
        if (!body.path("answers").isObject()) {
            Requests.error(response, HttpServletResponse.SC_BAD_REQUEST, lang, "body-malformed", ANSWERS);
            return;
        }
        try {
            ScoreResult result = participants.answer(session, questionnaire, JsonBodies.answers(body.get("answers")));
            Integer total = result.totals().values().stream().findFirst().orElse(null);
            JsonResponses.write(response, HttpServletResponse.SC_CREATED, new Scored(total, result.band() == null ? null : result.band().code(),
                    result.band() == null ? null : label(result.band().labels(), lang)));
        } catch (InvalidAnswersException e) {
            // each error as {"code", "itemId", "message"}: messages name items, never answers
            JsonResponses.write(response, 422, Map.of("error", INVALID_ANSWERS, "message", ErrorMessages.message(INVALID_ANSWERS, lang, List.of()),
                    "errors", e.result().errors()));
        }
    }

    private void share(HttpServletRequest request, HttpServletResponse response, ParticipantSession session, String lang) throws IOException {
        JsonNode body = Requests.body(request, response, SHARE, lang);
        if (body == null) {
            return;
        }
        String clinician = JsonBodies.optionalText(body, "clinician");
        if (clinician == null) {
            Requests.error(response, HttpServletResponse.SC_BAD_REQUEST, lang, "body-malformed", SHARE);
            return;
        }
        participants.share(session, clinician);
        JsonResponses.write(response, HttpServletResponse.SC_CREATED, Map.of("clinician", clinician.strip().toLowerCase(Locale.ROOT)));
    }

    private Programme programme(ParticipantSession session) {
        return programmes.get(session.programme())
                .orElseThrow(() -> new SelfHelpRefusedException(Reason.PROGRAMME_UNAVAILABLE, "Your programme is not offered at the moment."));
    }

    private InstrumentDefinition instrument(Programme programme, String questionnaireId) {
        Questionnaire questionnaire = programme.questionnaire(questionnaireId)
                .orElseThrow(() -> new SelfHelpRefusedException(Reason.UNKNOWN_QUESTIONNAIRE, "The programme has no questionnaire '" + questionnaireId
                        + "'.", questionnaireId));
        return instruments.get(questionnaire.instrument())
                .orElseThrow(() -> new SelfHelpRefusedException(Reason.QUESTIONNAIRE_UNAVAILABLE, "This questionnaire cannot be answered at the moment."));
    }

    private static Form form(String questionnaire, InstrumentDefinition instrument, String lang) {
        return new Form(questionnaire, title(instrument, lang), instrument.items().stream().map(item -> new ItemView(item.id(),
                label(item.labels(), lang), item.type().name(),
                item.choices().stream().map(c -> new ChoiceView(c.value(), label(c.labels(), lang))).toList())).toList());
    }

    private static String title(InstrumentDefinition instrument, String lang) {
        return label(instrument.titles(), lang);
    }

    private static String label(Map<String, String> labels, String lang) {
        return labels.getOrDefault(lang, labels.get("en"));
    }

    /** Runs the call for the participant of the request's token, and answers the service's refusals with their status. */
    private void participant(HttpServletRequest request, HttpServletResponse response, Call call) throws IOException {
        Optional<ParticipantSession> session = Requests.bearer(request).flatMap(participants::validate);
        if (session.isEmpty()) {
            Requests.error(response, HttpServletResponse.SC_UNAUTHORIZED, ErrorMessages.language(request, ErrorMessages.FALLBACK), "session-required");
            return;
        }
        // withdrawal must work even when the programme is no longer offered
        List<String> offered = programmes.get(session.get().programme()).map(Programme::languages).orElse(List.of());
        String asked = request.getParameter("lang");
        String lang = asked != null && offered.contains(asked) ? asked : session.get().language();
        try {
            call.run(session.get(), lang);
        } catch (ParticipantSessionExpiredException e) {
            Requests.error(response, HttpServletResponse.SC_UNAUTHORIZED, lang, "session-ended");
        } catch (SelfHelpRefusedException e) {
            Requests.refused(response, lang, e);
        } catch (Requests.NotText e) {
            Requests.notText(response, lang, e);
        }
    }
}
