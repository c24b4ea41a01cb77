package io.arrears.rest.internal.config;

import java.util.Map;

/** One configuration (PID or factory instance) with its keys; secret values are masked. */
public record ConfigJson(String pid, String factoryPid, Map<String, String> properties) {
}
