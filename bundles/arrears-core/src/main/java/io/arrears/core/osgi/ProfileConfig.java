package io.arrears.core.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Arrears behaviour profiles",
        description = "Fallbacks of the profile service (call sheet language and jurisdiction). Playbooks, excuse responses, "
                + "guardrails and classifier thresholds are edited by managers through the REST API and kept with their "
                + "version history in the database.")
public @interface ProfileConfig {

    String PID = "io.arrears.profile";

    @AttributeDefinition(name = "Fallback country",
            description = "ISO 3166 alpha-2 country for customers whose master data has none (decides the call sheet's "
                    + "jurisdiction and the debtor's language).")
    String default_country() default "DE";

    @AttributeDefinition(name = "Fallback time zone", description = "For countries missing from the bundled country-defaults.csv.")
    String default_zone() default "UTC";

    @AttributeDefinition(name = "Fallback language", description = "BCP 47 tag, for countries missing from the bundled country-defaults.csv.")
    String default_language() default "en";
}
