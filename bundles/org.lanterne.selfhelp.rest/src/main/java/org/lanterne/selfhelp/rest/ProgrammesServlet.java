package org.lanterne.selfhelp.rest;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.selfhelp.api.ProfileOptions;
import org.lanterne.selfhelp.api.Programme;
import org.lanterne.selfhelp.api.SelfHelpProgrammes;
import org.lanterne.server.rest.json.JsonResponses;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * What anyone may read before enrolling, without any token: {@code GET /api/v1/selfhelp/programmes}
 * lists the programmes and {@code GET /api/v1/selfhelp/programmes/{id}} gives one with its consent,
 * modules and profile choices, in the language of {@code ?lang=}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("lanterne.selfhelp.programmes")
@HttpWhiteboardServletPattern({ "/api/v1/selfhelp/programmes", "/api/v1/selfhelp/programmes/*" })
public class ProgrammesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Reference
    private transient SelfHelpProgrammes programmes;

    /** A programme in the list. */
    public record Summary(String id, String title, String summary, int modules, List<String> languages) {
    }

    /** A programme's module as listed before enrolment. */
    public record ModuleTitle(String id, String title) {
    }

    /** A programme as shown before enrolment. */
    public record Detail(String id, String title, String summary, String consent, List<ModuleTitle> modules, ProfileOptions profile) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = Requests.path(request);
        if (path.length == 0) {
            JsonResponses.write(response, HttpServletResponse.SC_OK, programmes.list().stream().map(p -> {
                String lang = Requests.language(request, p.languages());
                return new Summary(p.id(), p.title().get(lang), p.summary().get(lang), p.modules().size(), p.languages());
            }).toList());
        } else if (path.length == 1) {
            Optional<Programme> found = programmes.get(path[0]);
            if (found.isEmpty()) {
                Requests.error(response, HttpServletResponse.SC_NOT_FOUND, ErrorMessages.language(request, ErrorMessages.FALLBACK), "unknown-programme",
                        path[0]);
                return;
            }
            Programme p = found.get();
            String lang = Requests.language(request, p.languages());
            JsonResponses.write(response, HttpServletResponse.SC_OK, new Detail(p.id(), p.title().get(lang), p.summary().get(lang),
                    p.consent().get(lang), p.modules().stream().map(m -> new ModuleTitle(m.id(), m.title().get(lang))).toList(), p.profile()));
        } else {
            Requests.error(response, HttpServletResponse.SC_NOT_FOUND, ErrorMessages.language(request, ErrorMessages.FALLBACK), "unknown-address");
        }
    }
}
