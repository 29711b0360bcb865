package org.lanterne.server.rest;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.core.api.Health;
import org.lanterne.core.api.HealthService;
import org.lanterne.core.api.Status;
import org.lanterne.server.rest.json.JsonResponses;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code GET /api/v1/health}: 200 when every check is up, 503 otherwise, with the details in both cases. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("lanterne.health") // Pax Web keeps one servlet per name
@HttpWhiteboardServletPattern("/api/v1/health")
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Reference
    private transient HealthService healthService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Health health = healthService.health();
        int status = health.status() == Status.UP ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        JsonResponses.write(response, status, health);
    }
}
