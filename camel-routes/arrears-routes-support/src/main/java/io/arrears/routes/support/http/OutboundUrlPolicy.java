package io.arrears.routes.support.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which URLs Arrears may call out to (the SMS gateway and any later HTTP partner): https, or http only
 * when explicitly allowed; the host exactly on the allowlist (a {@code *.example.com} entry allows its
 * sub-domains, not the domain itself); no user info; loopback hosts (localhost, 127.0.0.0/8, ::1) only
 * when explicitly allowed, so a configuration mistake cannot turn the gateway into a local probe; link-local
 * (169.254.0.0/16, fe80::/10) and private (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7) addresses only when
 * {@code allowPrivate}. Host names are compared as written; {@link #checkResolved} also checks the addresses a name
 * resolves to, right before connecting. Redirects are never followed blindly: callers disable automatic redirects and
 * pass every {@code Location} through {@link #check} again.
 */
public record OutboundUrlPolicy(Set<String> allowedHosts, boolean allowHttp, boolean allowLoopback, boolean allowPrivate) {

    /** A policy without private or link-local ranges. */
    public OutboundUrlPolicy(Set<String> allowedHosts, boolean allowHttp, boolean allowLoopback) {
        this(allowedHosts, allowHttp, allowLoopback, false);
    }

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
        return new OutboundUrlPolicy(set, allowHttp, allowLoopback, false);
    }

    /** Parses a comma-separated allowlist; {@code allowPrivate} admits private and link-local addresses. */
    public static OutboundUrlPolicy parse(String hosts, boolean allowHttp, boolean allowLoopback, boolean allowPrivate) {
        OutboundUrlPolicy policy = parse(hosts, allowHttp, allowLoopback);
        return new OutboundUrlPolicy(policy.allowedHosts(), allowHttp, allowLoopback, allowPrivate);
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
        checkHost(url, host);
        if (!hostAllowed(host)) {
            throw new IllegalArgumentException("outbound URL '" + url + "': host '" + host + "' is not on the allowlist "
                    + allowedHosts.stream().sorted().toList());
        }
        return uri;
    }

    /** Checks a host (name or literal address) of an outbound connection, e.g. an SFTP server, against the ranges. */
    public void checkHost(String what, String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (isLoopback(lower) && !allowLoopback) {
            throw new IllegalArgumentException("outbound target '" + what + "' points at this machine (" + host
                    + "); loopback is allowed only when configured explicitly");
        }
        if (isPrivateLiteral(lower) && !allowPrivate) {
            throw new IllegalArgumentException("outbound target '" + what + "' is in a private or link-local range (" + host
                    + "); allowed only when configured explicitly");
        }
    }

    /** Checks every address {@code host} resolves to (DNS may point an allowed name at an internal address). */
    public void checkResolved(String what, InetAddress... addresses) {
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
                if (!allowLoopback) {
                    throw new IllegalArgumentException("outbound target '" + what + "' resolves to this machine ("
                            + address.getHostAddress() + "); loopback is allowed only when configured explicitly");
                }
            } else if ((address.isSiteLocalAddress() || address.isLinkLocalAddress() || isPrivateLiteral(address.getHostAddress()))
                    && !allowPrivate) {
                throw new IllegalArgumentException("outbound target '" + what + "' resolves to a private or link-local address ("
                        + address.getHostAddress() + "); allowed only when configured explicitly");
            }
        }
    }

    private boolean hostAllowed(String host) {
        if (allowedHosts.contains(host)) {
            return true;
        }
        return allowedHosts.stream().filter(h -> h.startsWith("*.")).anyMatch(h -> host.endsWith(h.substring(1)));
    }

    static boolean isPrivateLiteral(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            String[] octets = bare.split("\\.");
            int a = Integer.parseInt(octets[0]);
            int b = Integer.parseInt(octets[1]);
            return a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168) || (a == 169 && b == 254)
                    || (a == 100 && b >= 64 && b <= 127);
        }
        if (bare.contains(":")) {
            String first = bare.split(":")[0];
            return first.matches("(?i)f[cd][0-9a-f]{0,2}") && first.length() == 4 || first.matches("(?i)fe[89ab][0-9a-f]");
        }
        return false;
    }

    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.equals("localhost") || bare.endsWith(".localhost") || bare.matches("127(\\.\\d{1,3}){3}")
                || bare.equals("::1") || bare.equals("0:0:0:0:0:0:0:1") || bare.equals("0.0.0.0");
    }
}
