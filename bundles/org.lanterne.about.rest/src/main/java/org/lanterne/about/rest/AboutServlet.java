package org.lanterne.about.rest;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.about.api.AboutService;
import org.lanterne.server.rest.json.JsonResponses;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code GET /api/v1/about}: the product, its version and licence, and the third-party components it ships. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("lanterne.about") // Pax Web keeps one servlet per name
@HttpWhiteboardServletPattern("/api/v1/about")
public class AboutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Reference
    private transient AboutService aboutService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonResponses.write(response, HttpServletResponse.SC_OK, aboutService.about());
    }
}
