-- Intake progress: how far the incremental intakes have read, and which file claims were finished.
-- Keep equivalent to h2/V024__intake_progress.sql.

-- How far each incremental intake (ERP database polling, ERP JSON API pull) has read. The watermark
-- is written only after the batch it ends was committed to the ledger; the value is kept as text in
-- the source's own notation (a timestamp, a number) and interpreted by the route.
CREATE TABLE intake_watermarks (
    source     VARCHAR(64)  NOT NULL,
    watermark  VARCHAR(128) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_intake_watermarks PRIMARY KEY (source)
);

-- A file key is claimed (created_at) when a node starts on the file and confirmed when the file is done.
-- A claim never confirmed (the node died mid-file) may be taken over once it is old enough, so a crash
-- never leaves a file unread in the inbox. Keys written before this column existed were all finished.
ALTER TABLE intake_processed_files ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
UPDATE intake_processed_files SET confirmed_at = created_at;
