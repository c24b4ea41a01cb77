-- Dunning runs on the journaled ledger. Keep equivalent to postgresql/V007__dunning_execution.sql.
-- The journal names customers and items by string keys (ledger_events.customer_key / item_key), so a notice
-- records its customer key and its items in notice_lines (notice_items references the unused items table).
-- notice_key is unique and is also the outbox key of the notice's message: a notice is enqueued once.
-- notices.status: PROPOSED (waiting for execution), APPLIED (outbox message enqueued), CANCELLED (re-check failed).

ALTER TABLE notices ADD COLUMN customer_key VARCHAR(64);
ALTER TABLE notices ADD COLUMN notice_key VARCHAR(200);
ALTER TABLE notices ADD COLUMN level_name VARCHAR(64);
ALTER TABLE notices ADD COLUMN channel VARCHAR(16);
ALTER TABLE notices ADD COLUMN tone VARCHAR(16);
ALTER TABLE notices ADD COLUMN language_tag VARCHAR(35);
ALTER TABLE notices ADD COLUMN proposal_deferred BOOLEAN;
ALTER TABLE notices ADD COLUMN not_before TIMESTAMP WITH TIME ZONE;
ALTER TABLE notices ADD COLUMN reason VARCHAR(4000);
ALTER TABLE notices ADD COLUMN outcome_reason VARCHAR(2000);
ALTER TABLE notices ADD COLUMN executed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE notices ADD COLUMN sent_on DATE;
ALTER TABLE notices ADD COLUMN outbox_message_id BIGINT;
ALTER TABLE notices ADD CONSTRAINT uk_notices_notice_key UNIQUE (notice_key);

CREATE INDEX ix_notices_customer_key ON notices (customer_key, status);

CREATE TABLE notice_lines (
    notice_id        BIGINT        NOT NULL,
    position         INTEGER       NOT NULL,
    item_key         VARCHAR(128)  NOT NULL,
    document_number  VARCHAR(64)   NOT NULL,
    due_date         DATE          NOT NULL,
    open_amount      NUMERIC(19,4) NOT NULL,
    currency         CHAR(3)       NOT NULL,
    days_overdue     INTEGER       NOT NULL,
    previous_level   INTEGER,
    previous_sent_on DATE,
    CONSTRAINT pk_notice_lines PRIMARY KEY (notice_id, position),
    CONSTRAINT uk_notice_lines_item UNIQUE (notice_id, item_key),
    CONSTRAINT fk_notice_lines_notice FOREIGN KEY (notice_id) REFERENCES notices (id),
    CONSTRAINT ck_notice_lines_previous CHECK ((previous_level IS NULL) = (previous_sent_on IS NULL))
);

CREATE INDEX ix_notice_lines_item ON notice_lines (item_key);
