-- CANCELLED: the relay's check just before sending found the message's items paid, credited, blocked or disputed
-- since it was planned. Keep equivalent to postgresql/V031__outbox_cancelled.sql.
ALTER TABLE outbox_messages DROP CONSTRAINT ck_outbox_messages_state;
ALTER TABLE outbox_messages ADD CONSTRAINT ck_outbox_messages_state
    CHECK (state IN ('PLANNED', 'SENDING', 'SENT', 'FAILED', 'UNKNOWN', 'CANCELLED'));
