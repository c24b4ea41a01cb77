package io.arrears.routes.support.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which URLs Arrears may call out to (the SMS gateway, the ERP JSON API, any later HTTP partner): https, or http only
 * when explicitly allowed; the host exactly on the allowlist (a {@code *.example.com} entry allows its
 * sub-domains, not the domain itself); no user info; loopback hosts (localhost, 127.0.0.0/8, ::1) only
 * when explicitly allowed, so a configuration mistake cannot turn the gateway into a local probe.
 * Host names are compared as written, not resolved.
 */
public record OutboundUrlPolicy(Set<String> allowedHosts, boolean allowHttp, boolean allowLoopback) {

    public OutboundUrlPolicy {
        allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        for (String host : allowedHosts) {
            if (host.isEmpty() || host.contains("/") || host.contains(":") && !host.startsWith("[")) {
                throw new IllegalArgumentException("allowed host '" + host + "' must be a host name, *.domain or [IPv6], "
                        + "without scheme, port or path");
            }
        }
    }

    /** Parses a comma-separated allowlist such as {@code sms.example.com, *.gateway.example}. */
    public static OutboundUrlPolicy parse(String hosts, boolean allowHttp, boolean allowLoopback) {
        Set<String> set = hosts == null ? Set.of() : Arrays.stream(hosts.split(","))
                .map(String::strip).filter(h -> !h.isEmpty()).collect(Collectors.toSet());
        return new OutboundUrlPolicy(set, allowHttp, allowLoopback);
    }

    /** The URL as a URI when this policy allows it; otherwise an exception saying which rule it breaks. */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("outbound URL '" + url + "' is not a URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowHttp)) {
            throw new IllegalArgumentException("outbound URL '" + url + "' must use https"
                    + (allowHttp ? " or http" : " (http is allowed only when configured explicitly)"));
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("outbound URL '" + url + "' must not carry user info; use the token setting");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            throw new IllegalArgumentException("outbound URL '" + url + "' has no host");
        }
        if (isLoopback(host) && !allowLoopback) {
            throw new IllegalArgumentException("outbound URL '" + url + "' points at this machine (" + host
                    + "); loopback is allowed only when configured explicitly");
        }
        if (!hostAllowed(host)) {
            throw new IllegalArgumentException("outbound URL '" + url + "': host '" + host + "' is not on the allowlist "
                    + allowedHosts.stream().sorted().toList());
        }
        return uri;
    }

    private boolean hostAllowed(String host) {
        if (allowedHosts.contains(host)) {
            return true;
        }
        return allowedHosts.stream().filter(h -> h.startsWith("*.")).anyMatch(h -> host.endsWith(h.substring(1)));
    }

    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.equals("localhost") || bare.endsWith(".localhost") || bare.matches("127(\\.\\d{1,3}){3}")
                || bare.equals("::1") || bare.equals("0:0:0:0:0:0:0:1") || bare.equals("0.0.0.0");
    }
}
