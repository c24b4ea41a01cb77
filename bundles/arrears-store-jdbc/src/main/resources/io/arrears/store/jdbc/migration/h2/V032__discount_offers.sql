-- Limited-time early-payment discount offers (io.arrears.api.plan.DiscountOfferRepository). Keep equivalent to
-- postgresql/V032__discount_offers.sql. item_ids: the offer's items joined with a line feed; '' means the whole account.
-- Whether an offer was earned or expired is judged from the ledger's payments when read, so no state is stored.
CREATE TABLE discount_offers (
    id             VARCHAR(128)  NOT NULL,
    customer_key   VARCHAR(64)   NOT NULL,
    item_ids       VARCHAR(4000) NOT NULL,
    debt_amount    NUMERIC(19,4) NOT NULL,
    currency       CHAR(3)       NOT NULL,
    percent        NUMERIC(9,4)  NOT NULL,
    offered_on     DATE          NOT NULL,
    valid_until    DATE          NOT NULL,
    offered_by     VARCHAR(64)   NOT NULL,
    approved_by    VARCHAR(64),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_discount_offers PRIMARY KEY (id),
    CONSTRAINT ck_discount_offers_percent CHECK (percent > 0 AND percent < 100),
    CONSTRAINT ck_discount_offers_dates CHECK (valid_until >= offered_on)
);

CREATE INDEX ix_discount_offers_customer ON discount_offers (customer_key, created_at);
