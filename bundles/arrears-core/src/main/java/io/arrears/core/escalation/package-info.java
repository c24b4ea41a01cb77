/**
 * Escalation to third parties: agency placements (relationship value, placement content, feedback) and credit-insurer
 * duties (deadlines, notifications, alarms, exposure). Plain Java with an injected Clock.
 */
package io.arrears.core.escalation;
