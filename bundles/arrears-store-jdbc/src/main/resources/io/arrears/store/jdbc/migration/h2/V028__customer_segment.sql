-- The customer's segment as the ERP names it (key-account, sme, micro, consumer or the ERP's own word), and
-- negotiation guardrails per (behaviour type, segment) as a fourth manager-edited profiling document.
-- Keep equivalent to postgresql/V028__customer_segment.sql.

ALTER TABLE customers ADD COLUMN segment VARCHAR(60);

ALTER TABLE profile_config_versions DROP CONSTRAINT ck_profile_config_kind;
ALTER TABLE profile_config_versions ADD CONSTRAINT ck_profile_config_kind
    CHECK (config_kind IN ('PLAYBOOKS', 'EXCUSES', 'CLASSIFIER', 'SEGMENT_GUARDRAILS'));
