package io.arrears.api.promise;

/** Judges every pending promise (and running payment plan) against the payments received and applies the outcome. */
public interface PromiseMonitor {

    /** One pass; safe to run on several nodes at once and to repeat: each change and consequence is stored once. */
    MonitorReport check();
}
