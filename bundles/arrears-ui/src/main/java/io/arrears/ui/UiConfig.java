package io.arrears.ui;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The web tab reads the REST API's configuration PID for the one setting they share. */
@ObjectClassDefinition(name = "Arrears web tab", description = "Framing of the collection tab, worklist and dashboard.")
public @interface UiConfig {

    String PID = "io.arrears.rest";

    @AttributeDefinition(name = "Frame ancestors",
            description = "Origins allowed to embed the tab in a frame (the ERP's origin), space separated; "
                    + "sent as Content-Security-Policy frame-ancestors. 'self' alone forbids every other site.")
    String frame_ancestors() default "'self'";
}
