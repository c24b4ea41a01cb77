package io.arrears.route.dunning;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Arrears dunning schedule",
        description = "Starts the dunning run once a day at a set local time: propose, then execute (or propose only, "
                + "for a manager to review and execute).")
public @interface DunningScheduleConfig {

    String PID = "io.arrears.route.dunning";

    @AttributeDefinition(name = "Enabled", description = "Run the daily dunning run. Off: runs start only by hand "
            + "(arrears:run, REST).")
    boolean enabled() default true;

    @AttributeDefinition(name = "Run time", description = "Local time of day (HH:mm) from which the day's run is due.")
    String run_time() default "06:00";

    @AttributeDefinition(name = "Time zone", description = "Zone of the run time and of the run date, e.g. Europe/Berlin.")
    String zone() default "Europe/Berlin";

    @AttributeDefinition(name = "Execute", description = "true: propose, then execute at once. false: propose only; "
            + "a manager reviews the proposal and executes it.")
    boolean execute() default true;

    @AttributeDefinition(name = "Check interval seconds", description = "How often the leader node checks whether the day's "
            + "run is due and whether a run was interrupted (its node stopped during execution).", min = "1")
    int check_interval_seconds() default 60;

    @AttributeDefinition(name = "Resume after idle seconds", description = "A run whose execution began and that no node has "
            + "worked on for this long is resumed by the leader (a stale leader's writes are refused by its fencing token).",
            min = "1")
    int resume_idle_seconds() default 120;
}
