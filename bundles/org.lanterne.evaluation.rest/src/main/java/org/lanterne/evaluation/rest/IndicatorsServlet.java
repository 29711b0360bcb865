package org.lanterne.evaluation.rest;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.evaluation.api.EvaluationIndicators;
import org.lanterne.evaluation.api.Subgroup;
import org.lanterne.identity.api.SessionService;
import org.lanterne.server.rest.json.JsonResponses;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Indicators for staff with READ on aggregates: {@code GET /api/v1/indicators} lists the
 * programmes of the evaluation data, {@code GET /api/v1/indicators/{programme}?subgroup=age-band}
 * gives every indicator of one, split as asked, with small counts and small-group statistics withheld;
 * {@code GET /api/v1/recorded-sessions} counts the sessions recorded in this installation.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("lanterne.evaluation.indicators")
@HttpWhiteboardServletPattern({ "/api/v1/indicators", "/api/v1/indicators/*", "/api/v1/recorded-sessions" })
public class IndicatorsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String RECORDED_SESSIONS = "/api/v1/recorded-sessions";

    @Reference
    private transient SessionService sessions;

    @Reference
    private transient EvaluationIndicators indicators;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        String[] path = info == null || info.equals("/") ? new String[0] : info.substring(1).split("/");
        if (request.getServletPath().equals(RECORDED_SESSIONS) && path.length == 0) {
            SignedInCalls.run(sessions, request, response, session -> JsonResponses.write(response, HttpServletResponse.SC_OK,
                    indicators.recordedSessions(session)));
        } else if (path.length == 0) {
            SignedInCalls.run(sessions, request, response, session -> JsonResponses.write(response, HttpServletResponse.SC_OK,
                    indicators.programmes(session)));
        } else if (path.length == 1) {
            SignedInCalls.run(sessions, request, response, session -> JsonResponses.write(response, HttpServletResponse.SC_OK,
                    indicators.report(session, path[0], Subgroup.of(request.getParameter("subgroup")))));
        } else {
            SignedInCalls.error(response, HttpServletResponse.SC_NOT_FOUND, "Unknown address.");
        }
    }
}
