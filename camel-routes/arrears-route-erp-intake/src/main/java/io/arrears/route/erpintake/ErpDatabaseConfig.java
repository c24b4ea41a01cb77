package io.arrears.route.erpintake;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code arrears.erpintake.jdbc}: invoices read from the ERP's database with the administrator's SELECT. */
@ObjectClassDefinition(name = "Arrears ERP database intake",
        description = "Polls the ERP database with an administrator-supplied SELECT, incrementally by a watermark column.")
public @interface ErpDatabaseConfig {

    @AttributeDefinition(name = "Enabled", description = "Poll the ERP database; false keeps the route stopped.")
    boolean enabled() default false;

    @AttributeDefinition(name = "JDBC URL", description = "The ERP database, e.g. jdbc:postgresql://erp-db:5432/erp (a separate database from Arrears').")
    String jdbc_url() default "";

    @AttributeDefinition(name = "JDBC driver class", description = "Driver of an installed DataSourceFactory; empty = derived from the URL (org.postgresql.Driver, org.h2.Driver).")
    String jdbc_driver_class() default "";

    @AttributeDefinition(name = "User", description = "ERP database user; grant it SELECT on the invoice view only.")
    String jdbc_user() default "";

    @AttributeDefinition(name = "Password", description = "Use $[env:ARREARS_ERP_DB_PASSWORD] or ENC(…) from arrears:encrypt, never plain text.", type = AttributeType.PASSWORD)
    String jdbc_password() default "";

    @AttributeDefinition(name = "Query", description = "SELECT returning the invoice columns and the watermark column, with WHERE <watermark column> > :watermark ORDER BY <watermark column>.")
    String query() default "";

    @AttributeDefinition(name = "Watermark column", description = "Column (label) of the query that grows with every change of a row, e.g. updated_at or a row version.")
    String watermark_column() default "updated_at";

    @AttributeDefinition(name = "Watermark type", description = "TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE or NUMBER.")
    String watermark_type() default "TIMESTAMP";

    @AttributeDefinition(name = "Initial watermark", description = "Where the first poll starts (ISO timestamp or number); empty = everything.")
    String watermark_initial() default "";

    @AttributeDefinition(name = "Date pattern", description = "java.time pattern of dates the query returns as text (DATE columns need none).")
    String date_pattern() default "uuuu-MM-dd";

    @AttributeDefinition(name = "Poll interval (s)", description = "Pause between polls.")
    long poll_interval_seconds() default 300;

    @AttributeDefinition(name = "Batch size", description = "Rows imported and committed per batch (rows with the same watermark stay in one batch).")
    int batch_size() default 500;

    @AttributeDefinition(name = "Max redeliveries", description = "Retries of a failed poll (database unreachable) before the next interval.")
    int max_redeliveries() default 3;

    @AttributeDefinition(name = "Redelivery delay (ms)", description = "First retry delay, doubling each time.")
    long redelivery_delay_ms() default 5_000;

    @AttributeDefinition(name = "Column of document_number", description = "Query column of this field; empty = the column named like the field, if the query has one.")
    String column_document__number() default "";

    @AttributeDefinition(name = "Column of kind", description = "Query column of this field; empty = the column named like the field, if the query has one.")
    String column_kind() default "";

    @AttributeDefinition(name = "Column of cancelled", description = "Query column of this field; empty = the column named like the field, if the query has one.")
    String column_cancelled() default "";

    @AttributeDefinition(name = "Column of customer_id", description = "Query column of this field; empty = the column named like the field, if the query has one.")
    String column_customer__id() default "";

    @AttributeDefinition(name = "Column of customer_name", description = "Query column of this field; empty = the column named like the field, if the query has one.")
    String column_customer__name() default "";

    @AttributeDefinition(name = "Column of tax_id", description = "Query column of this field; empty = the column named like the field, if the query has one.")
    String column_tax__id() default "";

    @AttributeDefinition(name = "Column of segment", description = "Query column of the customer's segment (key-account, sme, micro, consumer, ...; picks the negotiation guardrails); empty = the column named like the field, if the query has one.")
    String column_segment() default "";

    @AttributeDefinition(name = "Column of country", description = "Query column of this field; empty = the column named like the field, if the query has one.")
    String column_country() default "";

    @AttributeDefinition(name = "Column of email", description = "Query column of this field; empty = the column named like the field, if the query has one.")
    String column_email() default "";

    @AttributeDefinition(name = "Column of issue_date", description = "Query column of this field; empty = the column named like the field, if the query has one.")
    String column_issue__date() default "";

    @AttributeDefinition(name = "Column of due_date", description = "Query column of this field; empty = the column named like the field, if the query has one.")
    String column_due__date() default "";

    @AttributeDefinition(name = "Column of amount", description = "Query column of this field; empty = the column named like the field, if the query has one.")
    String column_amount() default "";

    @AttributeDefinition(name = "Column of currency", description = "Query column of this field; empty = the column named like the field, if the query has one.")
    String column_currency() default "";

    @AttributeDefinition(name = "Column of referenced_invoice", description = "Query column of this field; empty = the column named like the field, if the query has one.")
    String column_referenced__invoice() default "";

    @AttributeDefinition(name = "Column of payment_reference", description = "Query column of this field; empty = the column named like the field, if the query has one.")
    String column_payment__reference() default "";

    @AttributeDefinition(name = "Column of source_document_id", description = "Query column of this field; empty = the column named like the field, if the query has one.")
    String column_source__document__id() default "";
}
