package io.arrears.ui;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Publishes this bundle's {@code /web} folder at {@code /arrears/ui/} through the servlet
 * whiteboard. The pages hold no logic of their own beyond calling the REST API.
 */
@Component(service = UiResources.class)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + UiContext.NAME + ")")
@HttpWhiteboardResource(pattern = "/*", prefix = "/web")
public class UiResources {
}
