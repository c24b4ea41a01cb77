package io.arrears.core.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Arrears demo history",
        description = "Loads the demo customers' contact history, promises and credit scores once, for a first look at behaviour profiles. "
                + "Off unless switched on; our assembled distribution switches it on.")
public @interface DemoHistoryConfig {

    String PID = "io.arrears.profile.demo";

    @AttributeDefinition(name = "Enabled", description = "Load the demo history (never in production).")
    boolean enabled() default false;

    @AttributeDefinition(name = "History file", required = false,
            description = "The demo contact history (contact|..., promise|... and credit|... lines, see the file's header).")
    String history_file() default "";

    @AttributeDefinition(name = "Statement file", required = false,
            description = "A camt statement with the demo customers' payments; handed to the bank inbox once their invoices "
                    + "are in the ledger, so every payment finds its invoice. Empty: none.")
    String statement_file() default "";

    @AttributeDefinition(name = "Bank inbox", required = false,
            description = "Folder of the camt folder route the statement is handed to.")
    String statement_inbox() default "";

    @AttributeDefinition(name = "Poll seconds", description = "How often to check whether the demo invoices have arrived.")
    int poll_seconds() default 5;
}
