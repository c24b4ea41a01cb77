-- Payment plans and their schedules. Keep equivalent to h2/V012__payment_plans.sql.
-- item_ids: the plan's items joined with a line feed; '' means the whole account.
-- hold_id: the PAYMENT_PLAN row of dunning_holds (V008) that pauses dunning while the plan is ACTIVE.

CREATE TABLE payment_plans (
    id               VARCHAR(128)  NOT NULL,
    customer_key     VARCHAR(64)   NOT NULL,
    item_ids         VARCHAR(4000) NOT NULL,
    total_amount     NUMERIC(19,4) NOT NULL,
    currency         CHAR(3)       NOT NULL,
    instalments      INTEGER       NOT NULL,
    frequency        VARCHAR(16)   NOT NULL,
    start_date       DATE          NOT NULL,
    first_due_date   DATE          NOT NULL,
    down_payment     NUMERIC(19,4),
    interest_percent NUMERIC(9,4),
    grace_days       INTEGER       NOT NULL,
    agreed_by        VARCHAR(64)   NOT NULL,
    agreed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_by      VARCHAR(64),
    state            VARCHAR(16)   NOT NULL,
    hold_id          BIGINT,
    ended_at         TIMESTAMP WITH TIME ZONE,
    end_reason       VARCHAR(2000),
    CONSTRAINT pk_payment_plans PRIMARY KEY (id),
    CONSTRAINT fk_payment_plans_hold FOREIGN KEY (hold_id) REFERENCES dunning_holds (id),
    CONSTRAINT ck_payment_plans_state CHECK (state IN ('ACTIVE', 'COMPLETED', 'BROKEN')),
    CONSTRAINT ck_payment_plans_ended CHECK ((state = 'ACTIVE') = (ended_at IS NULL))
);

CREATE INDEX ix_payment_plans_customer ON payment_plans (customer_key, agreed_at);
CREATE INDEX ix_payment_plans_state ON payment_plans (state);

CREATE TABLE plan_instalments (
    plan_id   VARCHAR(128)  NOT NULL,
    instalment_no INTEGER     NOT NULL,
    due_date  DATE          NOT NULL,
    principal NUMERIC(19,4) NOT NULL,
    interest  NUMERIC(19,4) NOT NULL,
    CONSTRAINT pk_plan_instalments PRIMARY KEY (plan_id, instalment_no),
    CONSTRAINT fk_plan_instalments_plan FOREIGN KEY (plan_id) REFERENCES payment_plans (id)
);
