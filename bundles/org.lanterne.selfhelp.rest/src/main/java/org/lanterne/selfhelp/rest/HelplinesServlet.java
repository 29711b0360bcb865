package org.lanterne.selfhelp.rest;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.selfhelp.api.CrisisHelplines;
import org.lanterne.server.rest.json.JsonResponses;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code GET /api/v1/selfhelp/help?country=MA&lang=fr}: crisis and helpline information, open to anyone, always. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("lanterne.selfhelp.help")
@HttpWhiteboardServletPattern("/api/v1/selfhelp/help")
public class HelplinesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Reference
    private transient CrisisHelplines helplines;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = request.getParameter("lang");
        JsonResponses.write(response, HttpServletResponse.SC_OK, helplines.helplines(request.getParameter("country"), lang == null ? "en" : lang));
    }
}
