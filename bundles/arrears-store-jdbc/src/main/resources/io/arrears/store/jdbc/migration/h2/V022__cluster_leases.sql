-- Singleton work on several nodes sharing one database (scheduled dunning run, folder polling).
-- Keep equivalent to postgresql/V022__cluster_leases.sql.
-- cluster_leases: one row per singleton namespace. A node leads while holder = its id and expires_at (database
-- time) lies ahead; it renews well before. Taking over an expired lease adds 1 to token: the fencing token.
-- dunning_runs.fencing_token: the highest token that has written to the run; a write with a lower token (a
-- paused old leader waking up) updates no row and is refused. execution_started_at: execution began (so a
-- new leader resumes an interrupted run, and leaves a proposal waiting for a manager alone).

CREATE TABLE cluster_leases (
    name        VARCHAR(64)  NOT NULL,
    holder      VARCHAR(128) NOT NULL,
    token       BIGINT       NOT NULL,
    acquired_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_cluster_leases PRIMARY KEY (name),
    CONSTRAINT ck_cluster_leases_token CHECK (token >= 1)
);

ALTER TABLE dunning_runs ADD COLUMN fencing_token BIGINT;
ALTER TABLE dunning_runs ADD COLUMN execution_started_at TIMESTAMP WITH TIME ZONE;
