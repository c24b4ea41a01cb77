-- How far each incremental intake (ERP database polling, ERP JSON API pull) has read. Keep equivalent
-- to h2/V024__intake_watermarks.sql.
-- The watermark is written only after the batch it ends was committed to the ledger; the value is
-- kept as text in the source's own notation (a timestamp, a number) and interpreted by the route.
CREATE TABLE intake_watermarks (
    source     VARCHAR(64)  NOT NULL,
    watermark  VARCHAR(128) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_intake_watermarks PRIMARY KEY (source)
);
