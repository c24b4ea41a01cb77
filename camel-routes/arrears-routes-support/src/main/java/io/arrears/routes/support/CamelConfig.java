package io.arrears.routes.support;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Arrears Camel context",
        description = "The one CamelContext that runs every Arrears integration route.")
public @interface CamelConfig {

    String PID = "io.arrears.routes";

    @AttributeDefinition(name = "Context name", description = "Name of the CamelContext, as shown in JMX and logs.")
    String context_name() default "arrears";

    @AttributeDefinition(name = "Shutdown timeout (seconds)",
            description = "How long in-flight exchanges may take to finish when Arrears stops, before they are forced to stop.")
    int shutdown_timeout_seconds() default 30;
}
