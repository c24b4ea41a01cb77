-- When the relay actually began a delivery attempt. Keep equivalent to h2/V023__outbox_attempt_started.sql.
-- The relay claims a batch (PLANNED -> SENDING) and then sends the messages one by one; a node that dies
-- half-way leaves the rest of its batch SENDING without ever having tried them. Those (attempt_started_at
-- NULL) are safe to plan again; only a message whose attempt had started becomes UNKNOWN.
ALTER TABLE outbox_messages ADD COLUMN attempt_started_at TIMESTAMP WITH TIME ZONE;
