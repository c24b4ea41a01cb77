/**
 * The collection call (domain.md 4, seed 004): the preparation sheet built from the ledger, interest,
 * promises, excuses and the behaviour playbook; validation of the outcome a collector logs; the
 * promise it produces and the written confirmation in the debtor's language. Plain Java with an
 * injected {@link java.time.Clock}.
 */
package io.arrears.core.call;
