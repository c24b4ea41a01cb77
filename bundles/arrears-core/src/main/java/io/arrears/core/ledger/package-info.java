/**
 * The receivables ledger engine (private to arrears-core, plain Java).
 *
 * <p>Rules: a payment settles the claims it references first (document number, payment reference,
 * or the invoice an instalment belongs to; compared without spaces, case-insensitive), then open
 * claims oldest-first (due date, issue date, id); what is left is credit in the payment's currency.
 * A credit note settles the invoice it references, then oldest-first, then stays credit. Unused
 * credit is applied to claims recorded later. Currencies are never mixed. A payment key applied
 * again returns its first result; a reversal removes every allocation of its payment (also credit
 * used later) and reopens those claims. Cancelling a document releases its allocations; fees and
 * interest are only waived, with a reason. The ledger is rebuilt by replaying its accepted events.
 */
package io.arrears.core.ledger;
