-- A NEXT_LEVEL consequence counts once: the dunning run whose notice for one of its items is executed consumes it.
-- Keep equivalent to h2/V013__consequence_consumption.sql.
-- consumed_notice_id: the executed notice that used it (its run may still use it for its other notices).

ALTER TABLE collection_consequences ADD COLUMN consumed_notice_id BIGINT;
ALTER TABLE collection_consequences ADD COLUMN consumed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE collection_consequences ADD CONSTRAINT fk_collection_consequences_notice
    FOREIGN KEY (consumed_notice_id) REFERENCES notices (id);
ALTER TABLE collection_consequences ADD CONSTRAINT ck_collection_consequences_consumed
    CHECK ((consumed_notice_id IS NULL) = (consumed_at IS NULL));
