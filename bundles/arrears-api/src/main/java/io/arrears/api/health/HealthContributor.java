package io.arrears.api.health;

/**
 * A part of Arrears (database, Camel context, an integration) that can tell whether it works.
 * Registered as a service; the health endpoint asks every registered contributor.
 * <p>
 * DOWN means the node itself cannot work (the health endpoint answers 503 and a load balancer takes the node out of
 * rotation). A business alarm (e.g. a missed insurer deadline) is no reason for that: the part stays UP and reports
 * {@value #LEVEL}={@value #ALARM} (or {@value #WARN}) in its details; the endpoint lists it under {@code alarms}.
 */
public interface HealthContributor {

    /** Detail key of a business level: {@value #OK}, {@value #WARN} or {@value #ALARM}. */
    String LEVEL = "level";
    String OK = "OK";
    String WARN = "WARN";
    String ALARM = "ALARM";

    /** Checks the part now; must not throw: a failure is reported as {@link ComponentHealth.Status#DOWN}. */
    ComponentHealth check();
}
