package io.arrears.api.health;

/**
 * A part of Arrears (database, Camel context, an integration) that can tell whether it works.
 * Registered as a service; the health endpoint asks every registered contributor.
 */
public interface HealthContributor {

    /** Checks the part now; must not throw: a failure is reported as {@link ComponentHealth.Status#DOWN}. */
    ComponentHealth check();
}
