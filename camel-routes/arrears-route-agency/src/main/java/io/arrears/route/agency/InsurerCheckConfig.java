package io.arrears.route.agency;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The daily credit-insurer check ({@code etc/io.arrears.route.insurercheck.cfg}). */
@ObjectClassDefinition(name = "Arrears credit-insurer check",
        description = "Lists insured buyers approaching their notification deadline and queues the notifications.")
public @interface InsurerCheckConfig {

    String PID = "io.arrears.route.insurercheck";

    @AttributeDefinition(name = "Enabled", description = "Run the daily check (route arrears.insurer.check)")
    boolean enabled() default false;

    @AttributeDefinition(name = "Run time", description = "Local time (HH:mm) the check runs each day, in the zone below")
    String run_time() default "07:00";

    @AttributeDefinition(name = "Zone", description = "Time zone of the run time and of 'today'")
    String zone() default "Europe/Berlin";

    @AttributeDefinition(name = "Warning days", description = "Notify this many days before an item's deadline; "
            + "the same window makes the alarm endpoint and health report an approaching deadline")
    int warning_days() default 10;
}
