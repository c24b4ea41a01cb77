package io.arrears.core.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Arrears intake", description = "How imported payments are matched to open items.")
public @interface IntakeConfig {

    String PID = "io.arrears.intake";

    @AttributeDefinition(name = "Invoice number pattern",
            description = "Regular expression (case-insensitive) for invoice numbers in a payment's remittance text; "
                    + "a group named 'number' is the number, otherwise the whole match.")
    String invoice_number_pattern() default "\\b(?:INV|FV|FA|RE|RG|FT)[-/]?\\d[\\d/-]*\\d\\b";
}
