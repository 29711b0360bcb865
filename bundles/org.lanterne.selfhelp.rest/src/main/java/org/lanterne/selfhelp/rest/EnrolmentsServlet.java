package org.lanterne.selfhelp.rest;

import java.io.IOException;
import java.time.Instant;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.selfhelp.api.Enrolment;
import org.lanterne.selfhelp.api.Profile;
import org.lanterne.selfhelp.api.SelfHelpParticipants;
import org.lanterne.selfhelp.api.SelfHelpRefusedException;
import org.lanterne.server.rest.json.JsonBodies;
import org.lanterne.server.rest.json.JsonResponses;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/selfhelp/enrolments}: anonymous enrolment. Answers 201 with the resume code,
 * the only time it is ever sent, and a participant session token; 400 without consent or with a
 * value not offered; 404 for an unknown programme.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("lanterne.selfhelp.enrolments")
@HttpWhiteboardServletPattern("/api/v1/selfhelp/enrolments")
public class EnrolmentsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String EXPECTED = "{\"programme\": id, \"language\": \"fr|en|ar\", \"consent\": true, \"passphrase\": optional,"
            + " \"profile\": {\"ageBand\", \"country\", \"referral\": optional}}";

    @Reference
    private transient SelfHelpParticipants participants;

    /** A new enrolment. */
    public record Created(String resumeCode, String token, Instant expiresAt) {
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = ErrorMessages.language(request, ErrorMessages.FALLBACK);
        JsonNode body = Requests.body(request, response, EXPECTED, lang);
        if (body == null) {
            return;
        }
        String programme = JsonBodies.optionalText(body, "programme");
        String language = JsonBodies.optionalText(body, "language");
        JsonNode profile = body.path("profile");
        if (programme == null || language == null || !(profile.isMissingNode() || profile.isNull() || profile.isObject())) {
            Requests.error(response, HttpServletResponse.SC_BAD_REQUEST, lang, "body-malformed", EXPECTED);
            return;
        }
        try {
            // a consent is the value true, nothing that merely looks like it
            boolean consent = body.path("consent").isBoolean() && body.get("consent").booleanValue();
            Profile chosen = profile.isObject() ? new Profile(Requests.optionalText(profile, "ageBand"),
                    Requests.optionalText(profile, "country"), Requests.optionalText(profile, "referral")) : Profile.NONE;
            String passphrase = Requests.optionalText(body, "passphrase");
            Enrolment enrolment = participants.enrol(programme, language, consent, chosen, passphrase == null ? null : passphrase.toCharArray());
            JsonResponses.write(response, HttpServletResponse.SC_CREATED,
                    new Created(enrolment.resumeCode(), enrolment.session().token(), enrolment.session().expires()));
        } catch (SelfHelpRefusedException e) {
            Requests.refused(response, lang, e);
        } catch (Requests.NotText e) {
            Requests.notText(response, lang, e);
        }
    }
}
