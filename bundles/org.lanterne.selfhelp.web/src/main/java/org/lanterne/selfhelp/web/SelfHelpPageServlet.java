package org.lanterne.selfhelp.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLConnection;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.selfhelp.web.PageResources.PageResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /selfhelp/}: the participant page, a static single-page application that speaks to
 * {@code /api/v1/selfhelp}. Its files are served from this bundle with {@link SecurityHeaders}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("lanterne.selfhelp.web") // Pax Web keeps one servlet per name
@HttpWhiteboardServletPattern("/selfhelp/*")
public class SelfHelpPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeaders.apply(response);
        String path = request.getPathInfo();
        if (path == null) {
            // the page names its files relative to /selfhelp/
            response.sendRedirect(request.getRequestURI() + "/");
            return;
        }
        Optional<PageResource> resource = PageResources.find(path);
        if (resource.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().write("Not found");
            return;
        }
        send(resource.get(), response);
    }

    private static void send(PageResource resource, HttpServletResponse response) throws IOException {
        URLConnection connection = resource.url().openConnection();
        response.setContentType(resource.contentType());
        response.setContentLengthLong(connection.getContentLengthLong());
        try (InputStream in = connection.getInputStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
