package io.arrears.route.erpintake;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/* No dash in PIDs: Karaf reads etc/a-b.cfg as factory "a", instance "b". */
/** One invoice folder route; PIDs {@code arrears.erpintake.csv}, {@code .ubl}, {@code .ksef}. */
@ObjectClassDefinition(name = "Arrears ERP invoice folder", description = "A folder the ERP drops invoice files into.")
public @interface InvoiceFolderConfig {

    @AttributeDefinition(name = "Enabled", description = "Poll the folder; false keeps the route stopped.")
    boolean enabled() default false;

    @AttributeDefinition(name = "Input folder", description = "Absolute path; .done/ and .error/ are created inside it.")
    String input_folder();

    @AttributeDefinition(name = "File name pattern", description = "Regular expression of the file names to take.")
    String include() default ".*\\.(csv|CSV|xml|XML)";

    @AttributeDefinition(name = "Charset", description = "CSV only: encoding when the file has no UTF-8 BOM, e.g. windows-1250.")
    String charset() default "UTF-8";

    @AttributeDefinition(name = "Separator", description = "CSV only: ';', ',' or 'tab'; empty = detect from the header.")
    String separator() default "";

    @AttributeDefinition(name = "Decimal mark", description = "CSV only: POINT, COMMA or BY_SEPARATOR.")
    String decimal_mark() default "BY_SEPARATOR";

    @AttributeDefinition(name = "Date pattern", description = "CSV only: java.time pattern of dates.")
    String date_pattern() default "uuuu-MM-dd";

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
