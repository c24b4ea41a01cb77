-- The contact log (io.arrears.api.contact): append-only and hash-chained. Keep equivalent to
-- postgresql/V004__contact_log.sql.
-- seq is assigned by the application as head + 1 while it holds the lock on contact_log_head's
-- only row, so the numbers have no gaps (a gap means a deleted entry) and the chain cannot fork;
-- uk_contact_log_previous_hash makes a fork fail even for a writer that skips the lock.
-- Triggers reject UPDATE and DELETE on contact_log; contact_log_head may only advance by one entry.
-- H2 triggers are Java classes: H2 loads io.arrears.store.jdbc.contact.AppendOnlyTrigger by name,
-- in OSGi through the class factory the store registers (io.arrears.store.jdbc.H2UserClasses).
-- (Source triggers, AS $$ java $$, are compiled against java.class.path and fail inside Karaf.)

CREATE TABLE contact_log (
    seq                 BIGINT        NOT NULL,
    customer_id         VARCHAR(64)   NOT NULL,
    occurred_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    collector           VARCHAR(64)   NOT NULL,
    channel             VARCHAR(16)   NOT NULL,
    direction           VARCHAR(8)    NOT NULL,
    outcome             VARCHAR(32)   NOT NULL,
    notes               VARCHAR(4000) NOT NULL,
    excuse_category     VARCHAR(64),
    recording_reference VARCHAR(500),
    related_reference   VARCHAR(128),
    previous_hash       VARCHAR(64)   NOT NULL,
    entry_hash          VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_contact_log PRIMARY KEY (seq),
    CONSTRAINT uk_contact_log_previous_hash UNIQUE (previous_hash),
    CONSTRAINT ck_contact_log_seq CHECK (seq > 0)
);

CREATE INDEX ix_contact_log_customer ON contact_log (customer_id, seq);

CREATE TABLE contact_log_head (
    id        INTEGER     NOT NULL,
    head_seq  BIGINT      NOT NULL,
    head_hash VARCHAR(64) NOT NULL,
    CONSTRAINT pk_contact_log_head PRIMARY KEY (id),
    CONSTRAINT ck_contact_log_head_single CHECK (id = 1)
);

-- Never holds a row: its foreign key alone makes TRUNCATE TABLE contact_log fail (H2 fires no
-- trigger on TRUNCATE and refuses to truncate a table that a foreign key references).
CREATE TABLE contact_log_truncate_guard (
    seq BIGINT NOT NULL,
    CONSTRAINT fk_contact_log_truncate_guard FOREIGN KEY (seq) REFERENCES contact_log (seq)
);

INSERT INTO contact_log_head (id, head_seq, head_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER trg_contact_log_no_update BEFORE UPDATE ON contact_log FOR EACH ROW
CALL 'io.arrears.store.jdbc.contact.AppendOnlyTrigger';

CREATE TRIGGER trg_contact_log_no_delete BEFORE DELETE ON contact_log FOR EACH ROW
CALL 'io.arrears.store.jdbc.contact.AppendOnlyTrigger';

CREATE TRIGGER trg_contact_log_head_advance BEFORE UPDATE, DELETE ON contact_log_head FOR EACH ROW
CALL 'io.arrears.store.jdbc.contact.AppendOnlyTrigger';
