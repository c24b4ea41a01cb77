/**
 * Debtor behaviour profiling (domain.md sections 2 and 4; seeds 000, 002, 003, 004): behaviour-type
 * suggestion with explanation, collector overrides, early-warning risk score, drift from the
 * customer's own history, playbooks with negotiation guardrails, and the excuse-to-response library.
 * Plain Java; every threshold and text is configuration (bundled JSON defaults, loadable from a path).
 */
package io.arrears.core.profile;
