package io.arrears.route.bankpayments;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** One bank statement folder route; PIDs {@code arrears.bank.camt} and {@code arrears.bank.mt940}. */
@ObjectClassDefinition(name = "Arrears bank statement folder", description = "A folder bank statements are dropped into.")
public @interface StatementFolderConfig {

    @AttributeDefinition(name = "Enabled", description = "Poll the folder; false keeps the route stopped.")
    boolean enabled() default false;

    @AttributeDefinition(name = "Input folder", description = "Absolute path; .done/ and .error/ are created inside it.")
    String input_folder();

    @AttributeDefinition(name = "File name pattern", description = "Regular expression of the file names to take.")
    String include() default ".*\\.(xml|XML|sta|STA|mt940|txt|TXT)";

    @AttributeDefinition(name = "Charset", description = "MT940 only: text encoding of the statement.")
    String charset() default "ISO-8859-1";

    @AttributeDefinition(name = "Poll delay (ms)", description = "Milliseconds between two looks into the folder.")
    long poll_delay_ms() default 10_000;

    @AttributeDefinition(name = "Minimum age (s)", description = "A file is taken only when unchanged this long.")
    long min_age_seconds() default 30;

    @AttributeDefinition(name = "Done file name", description = "If set, e.g. ${file:name}.done, a file is taken only once this marker exists.")
    String done_file_name() default "";

    @AttributeDefinition(name = "Max redeliveries", description = "Retries after a database or file-system failure.")
    int max_redeliveries() default 5;

    @AttributeDefinition(name = "Redelivery delay (ms)", description = "First retry delay, doubling each time.")
    long redelivery_delay_ms() default 2_000;
}
