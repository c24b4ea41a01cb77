package io.arrears.route.dunning;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Arrears promise monitor",
        description = "Checks pending promises to pay and running payment plans against the payments received and applies "
                + "the configured consequence of a broken one, once.")
public @interface PromiseMonitorConfig {

    String PID = "io.arrears.route.promises";

    @AttributeDefinition(name = "Enabled", description = "Run the monitor on a schedule.")
    boolean enabled() default true;

    @AttributeDefinition(name = "Interval (minutes)", description = "Minutes between two passes (1 to 1440).", min = "1", max = "1440")
    int interval_minutes() default 15;
}
