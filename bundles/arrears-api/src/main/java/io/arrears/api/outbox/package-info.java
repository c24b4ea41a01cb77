/**
 * The transactional outbox: every letter, e-mail, SMS and collector task is written as an
 * {@link io.arrears.api.outbox.OutboxMessage} in the same database transaction as the state change
 * that decided it, and delivered later by the dispatch routes. A message is never sent twice
 * automatically: a send whose outcome is not known ends in {@link io.arrears.api.outbox.DeliveryState#UNKNOWN}
 * and waits for an operator.
 */
@Export
@Version("1.2.0")
package io.arrears.api.outbox;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
