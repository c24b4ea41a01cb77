/**
 * Payment plans (domain.md 3.4): the instalment schedule, the plan's state from the payments
 * received, the dunning pause while it runs, the negotiation guardrails, and limited-time
 * early-payment discounts. Plain Java with an injected {@link java.time.Clock}.
 */
package io.arrears.core.plan;
