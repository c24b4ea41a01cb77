package io.arrears.core.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Arrears dunning runs", description = "Policy, creditor details and fallbacks of the dunning runs.")
public @interface DunningRunConfig {

    String PID = "io.arrears.dunning.run";

    @AttributeDefinition(name = "Policy file", required = false,
            description = "Path of a dunning policy JSON file (fields: bundles/arrears-core/dunning-policy.md); empty: the bundled default policy.")
    String policy_file() default "";

    @AttributeDefinition(name = "Creditor name", required = false, description = "Signs the notices and names the payee.")
    String creditor_name() default "";

    @AttributeDefinition(name = "Creditor IBAN", required = false, description = "Account the debtor is asked to pay to; empty: no payment line.")
    String creditor_iban() default "";

    @AttributeDefinition(name = "Creditor BIC", required = false, description = "BIC of the creditor IBAN, printed on letters; optional within SEPA.")
    String creditor_bic() default "";

    @AttributeDefinition(name = "Fallback country",
            description = "ISO 3166 alpha-2 country for customers whose master data has none (decides holidays, zone and language).")
    String default_country() default "DE";

    @AttributeDefinition(name = "Fallback time zone", description = "For countries missing from the bundled country-defaults.csv.")
    String default_zone() default "UTC";

    @AttributeDefinition(name = "Fallback language", description = "BCP 47 tag, for countries missing from the bundled country-defaults.csv.")
    String default_language() default "en";

    @AttributeDefinition(name = "Collector", description = "Who gets the collector tasks (calls, customers without an e-mail address).")
    String collector() default "collections";

    @AttributeDefinition(name = "Triggered by", description = "Recorded on the runs this service starts.")
    String triggered_by() default "dunning-service";

    @AttributeDefinition(name = "Creditor address", required = false,
            description = "Postal address lines of the creditor, printed on rendered letters. Rendered letters (PDF attached to the "
                    + "e-mail) are used when a LetterRenderer service is present and creditor name, IBAN and address are set; "
                    + "otherwise notices go out as plain-text e-mails.")
    String[] creditor_address() default {};

    @AttributeDefinition(name = "Creditor country", description = "ISO 3166 alpha-2 country of the creditor address.")
    String creditor_country() default "DE";

    @AttributeDefinition(name = "Interest rates folder", required = false,
            description = "Folder with administrators' rate tables <JURISDICTION>.csv (EU, DE, PL, UK, TR, IL) and exchange-rate"
                    + " tables fx/<BASE>-<QUOTE>.csv (fx/EUR-PLN.csv: NBP average EUR rates for the PL compensation) laid over the"
                    + " bundled ones, read at every run; empty: ${karaf.etc}/arrears/interest.")
    String interest_rates_folder() default "";

    @AttributeDefinition(name = "Pay within days", description = "The letter asks for payment within this many days of its date.")
    int pay_within_days() default 7;
}
