package io.arrears.api.config;

import java.util.List;

/** Compares every Arrears configuration in ConfigurationAdmin with the metatype its bundle declares. */
public interface ConfigurationCheck {

    /** Findings of every Arrears configuration, by PID then key; empty when all is well. */
    List<ConfigurationFinding> check();

    /** The Arrears PIDs the check looked at (configured or declared), sorted. */
    List<String> checkedPids();
}
