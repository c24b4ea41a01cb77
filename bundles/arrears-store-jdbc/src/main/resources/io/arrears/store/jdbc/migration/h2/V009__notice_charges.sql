-- Interest and fees on notices. Keep equivalent to postgresql/V009__notice_charges.sql.
-- A charge becomes its own FEE or INTEREST item in the ledger journal when its notice is sent. charge_key is set to the
-- item key for those items only (NULL for every other event; NULLs do not collide), so the same fee or interest claim
-- (e.g. FEE:<item>:L2, the level-2 fee of one item) can never be journaled twice, whichever node sends the notice.
-- notice_charges itemises a notice's charges as proposed; notices.charge_notes says what was not charged and why.

ALTER TABLE ledger_events ADD COLUMN charge_key VARCHAR(128);
ALTER TABLE ledger_events ADD CONSTRAINT uk_ledger_events_charge_key UNIQUE (charge_key);

ALTER TABLE notices ADD COLUMN charge_notes VARCHAR(4000);

CREATE TABLE notice_charges (
    notice_id       BIGINT        NOT NULL,
    position        INTEGER       NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    claim_key       VARCHAR(128)  NOT NULL,
    item_key        VARCHAR(128)  NOT NULL,
    document_number VARCHAR(64)   NOT NULL,
    amount          NUMERIC(19,4) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    rate_percent    NUMERIC(9,4),
    period_from     DATE,
    period_to       DATE,
    CONSTRAINT pk_notice_charges PRIMARY KEY (notice_id, position),
    CONSTRAINT fk_notice_charges_notice FOREIGN KEY (notice_id) REFERENCES notices (id),
    CONSTRAINT ck_notice_charges_kind CHECK (kind IN ('INTEREST', 'LEVEL_FEE', 'COMPENSATION')),
    CONSTRAINT ck_notice_charges_amount CHECK (amount > 0),
    CONSTRAINT ck_notice_charges_interest CHECK ((kind = 'INTEREST') = (rate_percent IS NOT NULL AND period_from IS NOT NULL AND period_to IS NOT NULL))
);

CREATE INDEX ix_notice_charges_claim ON notice_charges (claim_key);
