package io.arrears.api.metrics;

/** The meters of Arrears: names, types and label names in one place. */
public final class ArrearsMeters {

    /** Values of the {@code outcome} label of {@link #INTAKE_FILES}. */
    public static final String IMPORTED = "imported";
    public static final String REJECTED = "rejected";

    public static final Meter NOTICES_SENT = Meter.counter("arrears_notices_sent_total",
            "Outbox messages (notices, letters, tasks) delivered, per channel", "channel");
    public static final Meter DELIVERY_FAILURES = Meter.counter("arrears_delivery_failures_total",
            "Delivery attempts that failed definitely (retried or dead-lettered), per channel and failure kind",
            "channel", "kind");
    public static final Meter DEAD_LETTERS = Meter.counter("arrears_dead_letters_total",
            "Outbox messages that became dead letters (FAILED, waiting for arrears:retry), per channel", "channel");
    public static final Meter DELIVERY_UNKNOWN = Meter.counter("arrears_delivery_unknown_total",
            "Outbox messages whose delivery is unknown (UNKNOWN, waiting for an operator), per channel", "channel");
    public static final Meter SENDS_CANCELLED = Meter.counter("arrears_sends_cancelled_total",
            "Outbox messages not sent because the ledger changed since they were planned (CANCELLED), per channel", "channel");
    public static final Meter DUNNING_RUN_DURATION = Meter.summary("arrears_dunning_run_duration_seconds",
            "Duration of dunning runs, per phase (propose, execute)", "phase");
    public static final Meter INTAKE_FILES = Meter.counter("arrears_intake_files_total",
            "Intake files (invoices, statements) per source and outcome (imported, rejected as malformed)",
            "source", "outcome");
    public static final Meter INTAKE_LAG = Meter.summary("arrears_intake_lag_seconds",
            "Age of an intake file (since last modified) when it was imported, per source", "source");
    public static final Meter UNMATCHED_PAYMENTS = Meter.counter("arrears_unmatched_payments_total",
            "Bank payments no rule could match, put in the collectors' queue, per source", "source");

    public static final Meter CAMEL_EXCHANGES = Meter.counter("arrears_camel_exchanges_total",
            "Exchanges completed by a Camel route (successful or failed)", "route");
    public static final Meter CAMEL_EXCHANGES_FAILED = Meter.counter("arrears_camel_exchanges_failed_total",
            "Exchanges that failed in a Camel route", "route");
    public static final Meter CAMEL_EXCHANGES_INFLIGHT = Meter.gauge("arrears_camel_exchanges_inflight",
            "Exchanges being processed by a Camel route now", "route");
    public static final Meter CAMEL_PROCESSING = Meter.summary("arrears_camel_exchange_processing_seconds",
            "Processing time of exchanges in a Camel route (mean = sum / count)", "route");

    public static final Meter INSURER_MISSED_DEADLINES = Meter.gauge("arrears_insurer_missed_deadlines",
            "Insured items whose credit-insurer notification deadline is missed (cover may be void), refreshed every minute");

    private ArrearsMeters() {
    }
}
