package io.arrears.route.erpintake;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code arrears.erpintake.rest}: invoices pulled from the ERP's JSON API, paged, incrementally by an updated-since parameter. */
@ObjectClassDefinition(name = "Arrears ERP JSON API intake",
        description = "Pulls invoices from the ERP's JSON API with a JSONPath field mapping, paged and incremental.")
public @interface ErpApiConfig {

    @AttributeDefinition(name = "Enabled", description = "Pull from the ERP API; false keeps the route stopped.")
    boolean enabled() default false;

    @AttributeDefinition(name = "Base URL", description = "The invoice collection, e.g. https://erp.example.com/api/v1/invoices; checked against allowed.hosts.")
    String base_url() default "";

    @AttributeDefinition(name = "Allowed hosts", description = "Comma-separated host allowlist (erp.example.com, *.example.com) for the base URL and every next link.")
    String allowed_hosts() default "";

    @AttributeDefinition(name = "Allow http", description = "Permit plain http (otherwise https only).")
    boolean allow_http() default false;

    @AttributeDefinition(name = "Allow loopback", description = "Permit localhost/127.0.0.1 (tests, a local ERP proxy).")
    boolean allow_loopback() default false;

    @AttributeDefinition(name = "Authentication header", description = "Header carrying the credential, e.g. Authorization or X-Api-Key; empty = none.")
    String auth_header() default "Authorization";

    @AttributeDefinition(name = "Authentication value", description = "Header value, from the environment: $[env:ARREARS_ERP_API_TOKEN] (e.g. 'Bearer ...'), or ENC(…) from arrears:encrypt.", type = AttributeType.PASSWORD)
    String auth_value() default "";

    @AttributeDefinition(name = "Items path", description = "JSONPath of the invoice array in a page, e.g. $.items or $.data[*].")
    String items_path() default "$.items";

    @AttributeDefinition(name = "Paging", description = "PAGE (page number and size parameters) or NEXT_LINK (URL of the next page in the body).")
    String paging() default "PAGE";

    @AttributeDefinition(name = "Page parameter", description = "PAGE: query parameter of the page number.")
    String page_param() default "page";

    @AttributeDefinition(name = "First page", description = "PAGE: number of the first page (0 or 1).")
    int page_first() default 1;

    @AttributeDefinition(name = "Size parameter", description = "PAGE: query parameter of the page size; empty = not sent.")
    String size_param() default "size";

    @AttributeDefinition(name = "Page size", description = "Items asked for per page; a shorter page is the last one.")
    int page_size() default 100;

    @AttributeDefinition(name = "Next link path", description = "NEXT_LINK: JSONPath of the next page's URL (absolute or relative); missing, null or empty = last page.")
    String next_path() default "$.next";

    @AttributeDefinition(name = "Max pages", description = "Pages per pull at most (a guard against a next link that loops).")
    int max_pages() default 1000;

    @AttributeDefinition(name = "Updated-since parameter", description = "Query parameter carrying the watermark; empty = always pull everything.")
    String updated_since_param() default "updatedSince";

    @AttributeDefinition(name = "Updated path", description = "JSONPath (per item) of its last-change timestamp, ISO 8601; the largest becomes the watermark.")
    String updated_path() default "$.updatedAt";

    @AttributeDefinition(name = "Initial watermark", description = "Updated-since value of the first pull; empty = the parameter is not sent (everything).")
    String watermark_initial() default "";

    @AttributeDefinition(name = "Date pattern", description = "java.time pattern of dates that are not ISO yyyy-MM-dd.")
    String date_pattern() default "uuuu-MM-dd";

    @AttributeDefinition(name = "Timeout (s)", description = "Connect and response timeout of each request.")
    int timeout_seconds() default 30;

    @AttributeDefinition(name = "Poll interval (s)", description = "Pause between pulls.")
    long poll_interval_seconds() default 300;

    @AttributeDefinition(name = "Max redeliveries", description = "Retries of a failed pull (API down, error page) before the next interval.")
    int max_redeliveries() default 3;

    @AttributeDefinition(name = "Redelivery delay (ms)", description = "First retry delay, doubling each time.")
    long redelivery_delay_ms() default 5_000;

    @AttributeDefinition(name = "JSONPath of document_number", description = "JSONPath of this field inside one item, e.g. $.totals.payable; empty = $.<field> when the item has it.")
    String field_document__number() default "";

    @AttributeDefinition(name = "JSONPath of kind", description = "JSONPath of this field inside one item, e.g. $.totals.payable; empty = $.<field> when the item has it.")
    String field_kind() default "";

    @AttributeDefinition(name = "JSONPath of cancelled", description = "JSONPath of this field inside one item, e.g. $.totals.payable; empty = $.<field> when the item has it.")
    String field_cancelled() default "";

    @AttributeDefinition(name = "JSONPath of customer_id", description = "JSONPath of this field inside one item, e.g. $.totals.payable; empty = $.<field> when the item has it.")
    String field_customer__id() default "";

    @AttributeDefinition(name = "JSONPath of customer_name", description = "JSONPath of this field inside one item, e.g. $.totals.payable; empty = $.<field> when the item has it.")
    String field_customer__name() default "";

    @AttributeDefinition(name = "JSONPath of tax_id", description = "JSONPath of this field inside one item, e.g. $.totals.payable; empty = $.<field> when the item has it.")
    String field_tax__id() default "";

    @AttributeDefinition(name = "JSONPath of segment", description = "JSONPath of the customer's segment (key-account, sme, micro, consumer, ...; picks the negotiation guardrails) inside one item; empty = $.<field> when the item has it.")
    String field_segment() default "";

    @AttributeDefinition(name = "JSONPath of country", description = "JSONPath of this field inside one item, e.g. $.totals.payable; empty = $.<field> when the item has it.")
    String field_country() default "";

    @AttributeDefinition(name = "JSONPath of email", description = "JSONPath of this field inside one item, e.g. $.totals.payable; empty = $.<field> when the item has it.")
    String field_email() default "";

    @AttributeDefinition(name = "JSONPath of issue_date", description = "JSONPath of this field inside one item, e.g. $.totals.payable; empty = $.<field> when the item has it.")
    String field_issue__date() default "";

    @AttributeDefinition(name = "JSONPath of due_date", description = "JSONPath of this field inside one item, e.g. $.totals.payable; empty = $.<field> when the item has it.")
    String field_due__date() default "";

    @AttributeDefinition(name = "JSONPath of amount", description = "JSONPath of this field inside one item, e.g. $.totals.payable; empty = $.<field> when the item has it.")
    String field_amount() default "";

    @AttributeDefinition(name = "JSONPath of currency", description = "JSONPath of this field inside one item, e.g. $.totals.payable; empty = $.<field> when the item has it.")
    String field_currency() default "";

    @AttributeDefinition(name = "JSONPath of referenced_invoice", description = "JSONPath of this field inside one item, e.g. $.totals.payable; empty = $.<field> when the item has it.")
    String field_referenced__invoice() default "";

    @AttributeDefinition(name = "JSONPath of payment_reference", description = "JSONPath of this field inside one item, e.g. $.totals.payable; empty = $.<field> when the item has it.")
    String field_payment__reference() default "";

    @AttributeDefinition(name = "JSONPath of source_document_id", description = "JSONPath of this field inside one item, e.g. $.totals.payable; empty = $.<field> when the item has it.")
    String field_source__document__id() default "";
}
