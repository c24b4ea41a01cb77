package io.arrears.ui;

import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * The servlet context of the web tab at {@code /arrears/ui}: it serves this bundle's files and
 * names their media types (the whiteboard's default context knows none, so browsers would guess).
 */
@Component(service = ServletContextHelper.class, scope = ServiceScope.BUNDLE)
@HttpWhiteboardContext(name = UiContext.NAME, path = "/arrears/ui")
public class UiContext extends ServletContextHelper {

    static final String NAME = "arrears-ui";

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2");

    /** Resources come from the bundle that uses this context (this one), as the whiteboard spec expects. */
    @Activate
    public UiContext(ComponentContext context) {
        super(context.getUsingBundle());
    }

    @Override
    public String getMimeType(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : MEDIA_TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
