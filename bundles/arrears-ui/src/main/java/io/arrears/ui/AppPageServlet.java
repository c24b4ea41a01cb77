package io.arrears.ui;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The single page of the tab for every route ({@code /customer/{erpCustomerId}}, {@code /worklist},
 * {@code /dashboard}): the page's script reads the path. Sent with a Content-Security-Policy that
 * allows only this origin's scripts and styles and only the configured ERP origin as a framer.
 */
@Component(service = jakarta.servlet.Servlet.class, configurationPid = UiConfig.PID)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + UiContext.NAME + ")")
@HttpWhiteboardServletPattern({"/customer/*", "/worklist", "/dashboard"})
public class AppPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/web/app.html";

    private final transient byte[] page;
    private final String contentSecurityPolicy;

    @Activate
    public AppPageServlet(UiConfig config) {
        this.page = read();
        this.contentSecurityPolicy = policy(config.frame_ancestors());
    }

    static String policy(String frameAncestors) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors " + frameAncestors;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(page);
    }

    private static byte[] read() {
        try (InputStream in = AppPageServlet.class.getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException(PAGE + " is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
