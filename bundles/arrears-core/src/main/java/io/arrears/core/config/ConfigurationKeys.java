package io.arrears.core.config;

import io.arrears.api.config.ConfigurationFinding;
import io.arrears.api.config.ConfigurationFinding.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which keys of a configuration its metatype does not know. Keys that ConfigurationAdmin, File Install,
 * Karaf features and Declarative Services add or read on their own are not reported.
 */
public final class ConfigurationKeys {

    private static final Set<String> FRAMEWORK_KEYS = Set.of("service.pid", "service.factoryPid", "service.bundleLocation",
            "felix.fileinstall.filename", "component.name", "component.id", "org.apache.karaf.features.configKey",
            "osgi.ds.satisfying.condition.target");

    private ConfigurationKeys() {
    }

    /** A PID of Arrears: {@code io.arrears.*} or {@code arrears.*}. */
    public static boolean isArrearsPid(String pid) {
        return pid != null && (pid.startsWith("io.arrears.") || pid.startsWith("arrears."));
    }

    /**
     * @param pid        the configuration's PID
     * @param keys       the keys it has
     * @param attributes the attribute ids of the PID's metatype, or null when no bundle declares the PID
     */
    public static List<ConfigurationFinding> check(String pid, Collection<String> keys, Set<String> attributes) {
        List<ConfigurationFinding> findings = new ArrayList<>();
        if (attributes == null) {
            findings.add(new ConfigurationFinding(pid, Kind.UNKNOWN_PID, "",
                    "no Arrears bundle reads configuration " + pid + " (misspelt file name etc/" + pid + ".cfg?)"));
            return findings;
        }
        for (String key : new TreeSet<>(keys)) {
            if (!attributes.contains(key) && !managedByTheFramework(key)) {
                findings.add(new ConfigurationFinding(pid, Kind.UNKNOWN_KEY, key, "key '" + key + "' of " + pid
                        + " is not a setting (it has no effect; a typo?); the settings are " + new TreeSet<>(attributes)));
            }
        }
        return findings;
    }

    /** Checks many configurations: PID → keys, against PID → attribute ids. */
    public static List<ConfigurationFinding> checkAll(Map<String, ? extends Collection<String>> configurations,
            Map<String, Set<String>> metatype) {
        List<ConfigurationFinding> findings = new ArrayList<>();
        new TreeSet<>(configurations.keySet()).forEach(pid -> findings.addAll(check(pid, configurations.get(pid), metatype.get(pid))));
        return findings;
    }

    private static boolean managedByTheFramework(String key) {
        // ".x" keys are private by the ConfigurationAdmin convention; "<reference>.target" is read by DS
        return FRAMEWORK_KEYS.contains(key) || key.startsWith(".") || key.endsWith(".target")
                || key.endsWith(".cardinality.minimum");
    }
}
